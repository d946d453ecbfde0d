import type { ReactElement } from 'react';
import './art.css';

/**
 * Pictures for the key moments, drawn by hand as SVG without words (one picture serves the three
 * languages): the end of a lesson, the end of a module (passed, and not yet passed: a different,
 * encouraging one), a home where nothing is started yet, and a cohort without results. Decorative:
 * the words beside each say what happened, so the picture is hidden from assistive technology.
 * Colours are the theme's (home/art.css). The pieces marked `art-rise` rise once where motion is
 * allowed (styles.css); nothing moves under reduced motion.
 */
export type Moment = 'lesson-done' | 'module-passed' | 'module-not-yet' | 'welcome' | 'empty-cohort';

/** A piece that rises into place where motion is allowed: a group, so that it scales about its own centre. */
const rise = (piece: ReactElement) => <g className="art-rise">{piece}</g>;
const sparkle = (x: number, y: number, cls: string, size = 1) =>
  rise(<path className={cls} transform={`translate(${x} ${y}) scale(${size})`} d="M0-8 2-2 8 0 2 2 0 8-2 2-8 0-2-2Z" />);
const check = (x: number, y: number) => <path className="art-stroke-paper" d={`m${x - 7} ${y}l5 5 10-11`} />;

const ART: Record<Moment, ReactElement> = {
  // A path of stepping stones: the ones behind her ticked, a flag further on.
  'lesson-done': (
    <>
      <ellipse className="art-bg" cx="120" cy="88" rx="104" ry="64" />
      <path className="art-trail" d="M28 136c30-4 40-22 66-26s44 10 70-4 28-40 44-56" />
      <circle className="art-ok" cx="52" cy="128" r="14" />
      {check(52, 127)}
      <circle className="art-ok" cx="98" cy="109" r="14" />
      {check(98, 108)}
      <circle className="art-accent" cx="150" cy="104" r="15" />
      <circle className="art-on-accent" cx="150" cy="104" r="5" />
      <circle className="art-paper" cx="186" cy="74" r="11" />
      <path className="art-stroke" d="M204 56V18" />
      <path className="art-coral" d="M205 18h26l-7 9 7 9h-26Z" />
      {sparkle(128, 48, 'art-sun', 1.2)}
      {sparkle(70, 66, 'art-purple', 0.8)}
      {sparkle(168, 38, 'art-ok', 0.7)}
    </>
  ),
  // A medal on its ribbons, and confetti.
  'module-passed': (
    <>
      <ellipse className="art-bg" cx="120" cy="86" rx="104" ry="66" />
      <path className="art-accent" d="M96 20h20l14 46h-20Z" />
      <path className="art-coral" d="M144 20h-20l-14 46h20Z" />
      <circle className="art-sun" cx="120" cy="98" r="38" />
      <circle className="art-paper" cx="120" cy="98" r="27" />
      <path className="art-warn" d="m120 80 5.6 11.4 12.6 1.8-9.1 8.9 2.1 12.5-11.2-5.9-11.2 5.9 2.1-12.5-9.1-8.9 12.6-1.8Z" />
      {rise(<rect className="art-purple" x="40" y="44" width="10" height="10" rx="2" transform="rotate(20 45 49)" />)}
      {rise(<rect className="art-ok" x="190" y="52" width="10" height="10" rx="2" transform="rotate(-25 195 57)" />)}
      {rise(<circle className="art-accent" cx="62" cy="100" r="5" />)}
      {rise(<circle className="art-coral" cx="184" cy="112" r="5" />)}
      {rise(<rect className="art-sun" x="58" y="128" width="9" height="9" rx="2" transform="rotate(35 62 132)" />)}
      {rise(<rect className="art-accent" x="176" y="24" width="9" height="9" rx="2" transform="rotate(10 180 28)" />)}
      {sparkle(30, 80, 'art-sun', 1.1)}
      {sparkle(212, 92, 'art-purple', 1)}
      {sparkle(166, 140, 'art-ok', 0.8)}
    </>
  ),
  // A seedling in its pot, the sun coming up behind it, and a way up: not yet, and growing.
  'module-not-yet': (
    <>
      <ellipse className="art-bg" cx="120" cy="88" rx="104" ry="64" />
      <circle className="art-sun" cx="166" cy="62" r="26" />
      <path className="art-stroke-dashed" d="M64 118c-8-26-4-52 10-78" />
      <path className="art-accent" d="m74 30 9 14-14 2Z" />
      <path className="art-stroke-ok" d="M120 120V74" />
      <path className="art-leaf" d="M120 96c-4-18-20-26-34-22 2 16 16 26 34 22Z" />
      <path className="art-ok" d="M120 84c4-18 20-26 34-22-2 16-16 26-34 22Z" />
      <circle className="art-ok" cx="120" cy="70" r="6" />
      <path className="art-coral" d="M94 116h52l-7 30h-38Z" />
      <rect className="art-coral" x="90" y="110" width="60" height="10" rx="4" />
      <path className="art-stroke-soft" d="M40 148h160" />
    </>
  ),
  // A signpost at the start of a path that winds to the hills, the sun rising: where her path begins.
  welcome: (
    <>
      <ellipse className="art-bg" cx="120" cy="86" rx="108" ry="66" />
      <circle className="art-sun" cx="176" cy="56" r="20" />
      <path className="art-leaf" d="M20 122c26-30 52-40 80-26 22-22 54-30 80-12 18 12 30 24 42 38Z" />
      <path className="art-ok" d="M58 122c20-16 40-20 60-10 16-10 34-12 52 0l22 10Z" />
      <path className="art-road" d="M100 156c8-14 28-20 20-30-5-7 0-12 12-16" />
      <path className="art-stroke" d="M76 152V76" />
      <path className="art-accent" d="M58 80h40l10 9-10 9H58Z" />
      <path className="art-coral" d="M94 104H56l-10 8 10 8h38Z" />
      {sparkle(150, 30, 'art-purple', 0.9)}
      {sparkle(40, 56, 'art-sun', 0.8)}
    </>
  ),
  // Files on their way into a tray: nothing imported yet.
  'empty-cohort': (
    <>
      <ellipse className="art-bg" cx="120" cy="86" rx="104" ry="64" />
      <rect className="art-paper" x="62" y="26" width="44" height="56" rx="5" transform="rotate(-12 84 54)" />
      <rect className="art-paper" x="134" y="22" width="44" height="56" rx="5" transform="rotate(10 156 50)" />
      <rect className="art-soft" x="70" y="40" width="26" height="4" rx="2" transform="rotate(-12 84 54)" />
      <rect className="art-soft" x="70" y="52" width="20" height="4" rx="2" transform="rotate(-12 84 54)" />
      <rect className="art-soft" x="142" y="36" width="26" height="4" rx="2" transform="rotate(10 156 50)" />
      <rect className="art-soft" x="142" y="48" width="18" height="4" rx="2" transform="rotate(10 156 50)" />
      <path className="art-accent" d="M112 64h16v24h12l-20 20-20-20h12Z" />
      <path className="art-paper" d="M58 104h36l8 12h36l8-12h36v34a6 6 0 0 1-6 6H64a6 6 0 0 1-6-6Z" />
      {sparkle(40, 40, 'art-sun', 0.9)}
      {sparkle(206, 100, 'art-purple', 0.8)}
    </>
  ),
};

export function MomentArt({ moment }: { moment: Moment }) {
  return (
    <svg className="moment-art" viewBox="0 0 240 160" aria-hidden="true" focusable="false" data-art={moment}>
      {ART[moment]}
    </svg>
  );
}
