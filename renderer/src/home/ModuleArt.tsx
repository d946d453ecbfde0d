import type { ReactElement } from 'react';
import './art.css';

/**
 * A small flat picture for each shipped module, drawn by hand as SVG paths, without words (one
 * picture serves the three languages). Decorative: the module's title says what it is, so the
 * picture is hidden from assistive technology. Its colours are the theme's custom properties
 * (classes in home.css), so it reads in the light, dark and high-contrast themes alike. A module
 * without a picture of its own gets the open book.
 */
const sparkle = (x: number, y: number, cls: string) => <path className={cls} transform={`translate(${x} ${y})`} d="M0-8 2-2 8 0 2 2 0 8-2 2-8 0-2-2Z" />;

const ART: Record<string, ReactElement> = {
  // A friendly robot with a heart: what AI is, in care.
  'ai-basics': (
    <>
      <circle className="art-bg" cx="80" cy="64" r="52" />
      <path className="art-stroke" d="M80 22v10" />
      <circle className="art-warn" cx="80" cy="18" r="5" />
      <rect className="art-accent" x="45" y="44" width="8" height="15" rx="3" />
      <rect className="art-accent" x="107" y="44" width="8" height="15" rx="3" />
      <rect className="art-paper" x="52" y="32" width="56" height="40" rx="12" />
      <circle className="art-accent" cx="68" cy="50" r="5" />
      <circle className="art-accent" cx="92" cy="50" r="5" />
      <path className="art-stroke" d="M70 61q10 7 20 0" />
      <rect className="art-paper" x="58" y="76" width="44" height="30" rx="10" />
      <path className="art-heart" d="M80 100c-10-6-11-13-6-15 3-1 5 1 6 3 1-2 3-4 6-3 5 2 4 9-6 15Z" />
      {sparkle(130, 32, 'art-purple')}
      {sparkle(30, 40, 'art-warn')}
    </>
  ),
  // Her prompt, and an answer on its way.
  prompting: (
    <>
      <circle className="art-bg" cx="80" cy="64" r="52" />
      <path className="art-paper" d="M38 26h54a12 12 0 0 1 12 12v20a12 12 0 0 1-12 12H56l-14 12v-12h-4a12 12 0 0 1-12-12V38a12 12 0 0 1 12-12Z" />
      <rect className="art-soft" x="38" y="38" width="52" height="6" rx="3" />
      <rect className="art-soft" x="38" y="51" width="34" height="6" rx="3" />
      <path className="art-accent" d="M82 64h42a12 12 0 0 1 12 12v12a12 12 0 0 1-12 12h-2v12l-14-12H82a12 12 0 0 1-12-12V76a12 12 0 0 1 12-12Z" />
      <circle className="art-on-accent" cx="89" cy="82" r="4" />
      <circle className="art-on-accent" cx="103" cy="82" r="4" />
      <circle className="art-on-accent" cx="117" cy="82" r="4" />
      {sparkle(128, 36, 'art-warn')}
    </>
  ),
  // A document under the magnifying glass: one line checked, one line to look at again.
  'critical-review': (
    <>
      <circle className="art-bg" cx="80" cy="64" r="52" />
      <rect className="art-paper" x="38" y="18" width="60" height="82" rx="6" />
      <rect className="art-soft" x="48" y="32" width="40" height="5" rx="2.5" />
      <rect className="art-soft" x="48" y="44" width="30" height="5" rx="2.5" />
      <rect className="art-soft" x="48" y="56" width="36" height="5" rx="2.5" />
      <rect className="art-soft" x="48" y="68" width="24" height="5" rx="2.5" />
      <circle className="art-ok" cx="40" cy="88" r="13" />
      <path className="art-stroke-paper" d="m34 88 4.5 4.5L47 84" />
      <path className="art-handle" d="m118 80 14 14" />
      <circle className="art-lens" cx="104" cy="66" r="20" />
      <rect className="art-warn" x="92" y="63" width="24" height="6" rx="3" />
    </>
  ),
  // A screen with someone on it, and a care cross: a consultation at a distance.
  teleconsultation: (
    <>
      <circle className="art-bg" cx="80" cy="64" r="52" />
      <path className="art-paper" d="M70 90l-4 12h28l-4-12Z" />
      <path className="art-stroke" d="M58 104h44" />
      <rect className="art-paper" x="28" y="24" width="104" height="66" rx="8" />
      <rect className="art-wash" x="36" y="32" width="88" height="50" rx="4" />
      <circle className="art-accent" cx="80" cy="50" r="10" />
      <path className="art-accent" d="M62 82q0-18 18-18t18 18Z" />
      <circle className="art-ok" cx="128" cy="28" r="13" />
      <path className="art-stroke-paper" d="M128 21v14m-7-7h14" />
    </>
  ),
  // A watch that reads a heartbeat and sends it on.
  'connected-devices': (
    <>
      <circle className="art-bg" cx="80" cy="64" r="52" />
      <rect className="art-soft" x="48" y="16" width="28" height="88" rx="9" />
      <rect className="art-paper" x="38" y="38" width="48" height="44" rx="13" />
      <path className="art-pulse" d="M44 62h8l4-10 6 20 4-14 4 4h8" />
      <circle className="art-accent" cx="100" cy="66" r="5" />
      <path className="art-signal" d="M104 52a16 16 0 0 1 12 12M106 38a30 30 0 0 1 24 24" />
      {sparkle(126, 96, 'art-purple')}
    </>
  ),
  // A shield with a check between two people: the rules, and who does what.
  'rules-and-roles': (
    <>
      <circle className="art-bg" cx="80" cy="64" r="52" />
      <path className="art-accent" d="M80 18l30 11v27c0 22-13 37-30 46-17-9-30-24-30-46V29Z" />
      <path className="art-stroke-on-accent" d="m66 58 10 10 20-22" />
      <circle className="art-ok" cx="30" cy="70" r="8" />
      <path className="art-ok" d="M18 104q0-24 12-24t12 24Z" />
      <circle className="art-purple" cx="130" cy="70" r="8" />
      <path className="art-purple" d="M118 104q0-24 12-24t12 24Z" />
    </>
  ),
};

const BOOK = (
  <>
    <circle className="art-bg" cx="80" cy="64" r="52" />
    <path className="art-paper" d="M80 36c-12-8-26-8-40-4v60c14-4 28-4 40 4 12-8 26-8 40-4V32c-14-4-28-4-40 4Z" />
    <path className="art-stroke" d="M80 36v60" />
    <rect className="art-soft" x="50" y="46" width="22" height="5" rx="2.5" />
    <rect className="art-soft" x="88" y="46" width="22" height="5" rx="2.5" />
    <rect className="art-soft" x="50" y="58" width="18" height="5" rx="2.5" />
    <rect className="art-soft" x="88" y="58" width="18" height="5" rx="2.5" />
  </>
);

export function ModuleArt({ moduleId }: { moduleId: string }) {
  return (
    <svg className="module-art" viewBox="0 0 160 120" aria-hidden="true" focusable="false" data-art={moduleId in ART ? moduleId : 'book'}>
      {ART[moduleId] ?? BOOK}
    </svg>
  );
}
