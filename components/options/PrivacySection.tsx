import { OptionsSection } from './Fields';

/**
 * What leaves the browser, stated plainly. Keep in step with the code: the background fetches feeds
 * (lib/feeds, refresh-service, the custom-feed check) and nothing else goes out; settings use storage.sync.
 */
export function PrivacySection() {
  return (
    <OptionsSection id="privacy" title="Privacy">
      <p>
        <strong>Nothing about your browsing leaves your browser.</strong> Parallax reads the page you are on inside
        your browser, and looks up other coverage in an index stored on this computer.
      </p>
      <ul class="px-opt-bullets">
        <li>
          The only requests Parallax makes are for news feeds (RSS, Atom, JSON Feed): the feeds of the outlets you keep
          turned on, and feeds you add yourself. They go straight to each outlet's own server, like a feed reader's,
          and say nothing about what you read.
        </li>
        <li>No telemetry, no analytics, no account, no Parallax server. Nothing is sent to the rating providers either.</li>
        <li>
          The index of articles lives in this browser's storage; “Clear the index” below deletes it. Your settings
          are stored in the browser's sync storage, so if you turn on your browser's own sync they follow you to your
          other browsers, like any extension's settings (lists too long for sync storage stay on this computer).
        </li>
        <li>Opening an article that Parallax lists is an ordinary visit to that outlet's site.</li>
      </ul>
    </OptionsSection>
  );
}
