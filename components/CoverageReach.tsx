import { labelCountry, labelLanguage } from '../lib/coverage/labels';
import type { CountedLabel } from '../lib/coverage/summary';

export interface CoverageReachProps {
  countries: CountedLabel[];
  languages: CountedLabel[];
  locale?: string;
}

/** Countries of the outlets and languages of the articles. */
export function CoverageReach({ countries, languages, locale }: CoverageReachProps) {
  return (
    <section class="px-reach" aria-label="Where the coverage comes from">
      <h3 class="px-h3">Countries and languages</h3>
      <p>
        <span class="px-reach-label">Countries: </span>
        {countries.length
          ? countries.map((c, i) => (
              <span key={c.code}>
                {i ? ', ' : ''}
                {labelCountry(c.code, locale)} <span class="px-muted">({c.count})</span>
              </span>
            ))
          : 'unknown'}
      </p>
      <p>
        <span class="px-reach-label">Languages: </span>
        {languages.length
          ? languages.map((l, i) => (
              <span key={l.code}>
                {i ? ', ' : ''}
                {labelLanguage(l.code, locale)} <span class="px-muted">({l.count})</span>
              </span>
            ))
          : 'unknown'}
      </p>
    </section>
  );
}
