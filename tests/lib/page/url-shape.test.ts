import { describe, expect, it } from 'vitest';
import { classifyUrlShape } from '../../../lib/page/url-shape';

describe('classifyUrlShape', () => {
  it.each([
    ['https://www.example.com/', 'home'],
    ['https://www.example.com/index.html', 'home'],
    ['https://www.example.com/en/', 'home'],
    ['https://www.example.com/sport/soccer/', 'section'],
    ['http://www.newschittagong24.com/?cat=1&paged=3', 'section'],
    ['https://www.example.com/category/politics/', 'section'],
    ['https://www.example.com/tag/climate-change/', 'tag'],
    ['https://www.example.com/topics/brexit', 'tag'],
    ['https://www.example.com/authors/jane-doe', 'author'],
    ['https://www.example.com/search?q=election', 'search'],
    ['https://www.google.com/search?q=corona', 'search'],
    ['https://www.example.com/video/', 'video'],
    ['http://www.cricket.com.au/video/video-glenn-maxwell-leaves/2014-12-28', 'video'],
    ['https://www.example.com/live/', 'live'],
    ['https://www.example.com/gallery/2024/05/10/in-pictures', 'gallery'],
    ['https://www.example.org/seminar/forum/2019kansai/index.html', 'event'],
    ['https://www.example.com/events/ai-summit-berlin', 'event'],
    ['https://auth.example.ie/login.htm?service=x', 'account'],
    ['http://www.example.be/account/logon', 'account'],
    ['http://news.example.com/english/2007-11/24/content_7138034.htm', 'article'],
    ['https://www.example.com/2016/09/ode-rosetta-spacecraft-going-die-comet/', 'article'],
    ['http://www.example.com/news/uk-67301234', 'article'],
    ['http://www.canada.com/topics/story.html?id=f905634a-5878-4706-9db6-6b1b2d605eba', 'article'],
    ['http://news.bbc.co.uk/2/hi/middle_east/7113419.stm', 'article'],
    ['https://uproxx.com/news/rudy-giuliani-not-secretary-of-state/', 'article'],
    // Kind words that only start the last segment.
    ['https://www.example.com/world/live-updates-election-night', 'live'],
    ['https://www.example.com/sport/videos-best-goals-of-the-week', 'video'],
    ['https://www.example.com/news/photos_flood-in-the-valley', 'gallery'],
  ])('%s -> %s', (href, kind) => {
    expect(classifyUrlShape(new URL(href)).kind).toBe(kind);
  });

  it('takes a registry record id ending the path for a database entry, a news id of that shape not', () => {
    const kindOf = (href: string): string => classifyUrlShape(new URL(href)).kind;
    expect(kindOf('https://registry.example.gov/ct2/show/NCT03746262?term=lung')).toBe('record');
    expect(kindOf('https://vulns.example.org/vuln/detail/CVE-2021-44228')).toBe('record');
    expect(kindOf('https://papers.example.org/articles/PMC1234567/')).toBe('record');
    // News ids of the same shape start with their date or run longer.
    expect(kindOf('http://www.washingtonpost.com/wp-dyn/content/article/2008/01/05/AR2008010502038.html')).toBe('article');
    expect(kindOf('https://en.yna.co.kr/view/AEN20180101000100315')).toBe('article');
    expect(kindOf('http://online.wsj.com/article/SB119873001823452323.html')).toBe('article');
    expect(kindOf('http://stream.wsj.com/story/latest-headlines/SS-2-63399/SS-2-476772/')).not.toBe('record');
    // Lower case or too few digits: a slug word or a short code, not a record.
    expect(kindOf('https://www.example.com/news/nct03746262')).not.toBe('record');
    expect(kindOf('https://www.example.com/news/G7-2024')).not.toBe('record');
  });

  it('says nothing about shapes it cannot read', () => {
    expect(classifyUrlShape(new URL('http://fakehost/test/page.html')).kind).toBe('unknown');
  });
});
