// Whether the reader asks for reduced motion, read from one media query made once.

let query: MediaQueryList | undefined;

/** True when the reader prefers reduced motion. A zoom step asks; making the query parses it each time. */
export function prefersReducedMotion(): boolean {
  query ??= window.matchMedia('(prefers-reduced-motion: reduce)');
  return query.matches;
}
