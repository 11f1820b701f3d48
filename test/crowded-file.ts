/** The day `offset` days after 1 January 2024, as YYYY-MM-DD. */
export const dayOf2024 = (offset: number) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A data file of `count` events over 2024, a few a day: far more than the lanes could draw
 * apart, so that a view of all of them shows crowded stretches as columns. Shared by the
 * element's tests in the browser and the picture's in Node.
 */
export function crowdedFile(count: number) {
  const events = Array.from({ length: count }, (_, index) => ({ id: `e${index}`, date: dayOf2024(index % 366), title: `Event ${index}`, citations: [{ source: 'wire', quote: `Words about e${index}` }] }));
  return { title: 'Crowded', sources: { wire: { publisher: 'Test Wire', title: 'A report' } }, events };
}
