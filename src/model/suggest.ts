/** Edit distance between two words (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known name a mistyped one was most likely meant to be, if any is close enough:
 * `tittle` → `title`, `Date` → `date`, `datenote` → `dateNote`.
 *
 * @example
 * closestName('tittle', ['id', 'title', 'tags']) //=> 'title'
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const lower = typed.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(typed.length / 3));
  for (const name of known) {
    const distance = name.toLowerCase() === lower ? 0 : editDistance(lower, name.toLowerCase()) || 1;
    // A name as short as its distance shares nothing worth suggesting ("b" is not a typo of "a").
    if (distance < typed.length && distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * An id made from any text, in the form ids take: lowercase letters, digits and hyphens,
 * accents dropped.
 *
 * @example
 * idFrom('Rózsa Péter writes recursion') //=> 'rozsa-peter-writes-recursion'
 */
export function idFrom(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
