// Drives <conflict-timeline> as a reader does, hiding shadow-DOM queries so tests read as behaviour.
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/element/define.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { checkTimelineText, type Timeline } from '../../src/model/index.js';

export { crowdedFile, dayOf2024 } from '../crowded-file.js';

export const STORY_URL = new URL('../../data/events.json', import.meta.url).href;

/** The story's checked timeline, as the tests compute expectations from it. */
export async function loadStory(): Promise<Timeline> {
  return checkTimelineText(await (await fetch(STORY_URL)).text()).timeline;
}

/**
 * A mount function for one test file: each test's element is removed after it, and the
 * emulated media reset, so that no test sees another's page.
 */
export function mountEach(): (options?: MountOptions) => Promise<TimelineHarness> {
  let current: TimelineHarness | undefined;
  afterEach(async () => {
    current?.remove();
    current = undefined;
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });
  return async (options) => (current = await TimelineHarness.mount(options));
}

export interface MountOptions {
  width?: number;
  attributes?: Record<string, string>;
  /** Children written into the element before it connects (an inline data script, say). */
  innerHTML?: string;
  data?: unknown;
  /** Wait for this event before resolving; null to resolve at once. */
  waitFor?: 'timeline-load' | 'timeline-error' | null;
}

/** Resolves when `element` fires `type`, failing after a while so a missing event fails the test. */
export function nextEvent(element: EventTarget, type: string, timeout = 5000): Promise<CustomEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeout} ms`)), timeout);
    element.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent);
      },
      { once: true },
    );
  });
}

export const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

export async function until(condition: () => boolean, what: string, timeout = 3000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The pairs of drawn boxes (shapes, labels, clusters) that overlap, named by what they draw; a
 * label drawn on its own span or bar, inside it, is meant to lie over it.
 */
export function overlappingBoxes(root: ParentNode): string[] {
  const nodes = [...root.querySelectorAll<HTMLElement>('.shape, .label:not(.font-probe), .cluster')];
  const boxes = nodes.map((node) => node.getBoundingClientRect());
  const name = (node: HTMLElement) => `${node.className} of ${node.closest<HTMLElement>('.mark')?.dataset['id'] ?? 'a cluster'}`;
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (!(a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)) continue;
      const [first, second] = [nodes[i]!, nodes[j]!];
      const ownInside = first.parentElement === second.parentElement && [first, second].some((node) => node.classList.contains('inside'));
      if (!ownInside) found.push(`${name(first)} and ${name(second)}`);
    }
  }
  return found;
}

export class TimelineHarness {
  private constructor(
    readonly element: ConflictTimeline,
    readonly container: HTMLElement,
  ) {}

  /** Puts an element on the page in a container of a fixed width, and waits for its data. */
  static async mount({ width = 900, attributes = {}, innerHTML, data, waitFor = 'timeline-load' }: MountOptions = {}): Promise<TimelineHarness> {
    // Moves are instant unless a test asks for motion, so that a view can be read at once.
    await emulateMedia({ reducedMotion: 'reduce' });
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches) throw new Error('reduced motion could not be emulated');
    const container = document.createElement('div');
    container.style.width = `${width}px`;
    document.body.append(container);
    const element = document.createElement('conflict-timeline');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (innerHTML !== undefined) element.innerHTML = innerHTML;
    if (data !== undefined) element.data = data;
    const loaded = waitFor ? nextEvent(element, waitFor) : undefined;
    container.append(element);
    const loadEvent = await loaded;
    const harness = new TimelineHarness(element, container);
    if (waitFor === 'timeline-load' && loadEvent?.detail.events > 0) {
      await until(() => element.view !== null || element.shadowRoot!.querySelector('.list') !== null, 'a first view');
    }
    await harness.settle();
    return harness;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** Waits for the element to finish rendering, including the layout that follows a resize. */
  async settle(): Promise<void> {
    do {
      await frame();
    } while (!(await this.element.updateComplete));
  }

  remove(): void {
    this.container.remove();
  }

  marks(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('.mark')];
  }

  markIds(): string[] {
    return this.marks().map((mark) => mark.dataset.id!);
  }

  /** Where each mark's shape begins, in the order of the marks in the page. */
  markLefts(): number[] {
    return this.marks().map((mark) => mark.querySelector('.shape')!.getBoundingClientRect().left);
  }

  mark(id: string): HTMLElement {
    const mark = this.root.querySelector<HTMLElement>(`.mark[data-id="${CSS.escape(id)}"]`);
    if (!mark) throw new Error(`no mark for ${id} in view: ${this.markIds().join(', ')}`);
    return mark;
  }

  clusterCounts(): number[] {
    return [...this.root.querySelectorAll('.cluster')].map((cluster) => Number(/\d+/.exec(cluster.textContent ?? '')![0]));
  }

  /** Events drawn, whether as their own mark or inside a cluster. */
  drawnCount(): number {
    return this.marks().length + this.clusterCounts().reduce((sum, count) => sum + count, 0);
  }

  view(): { start: number; end: number } {
    const view = this.element.view;
    if (!view) throw new Error('the element has not laid out a view');
    return { start: +view.start, end: +view.end };
  }

  /**
   * Makes the view `factor` times as long, around its middle moved by `shift` views (negative
   * to the left), and waits until it is drawn.
   */
  async zoomBy(factor: number, shift = 0): Promise<void> {
    const { start, end } = this.view();
    const middle = (start + end) / 2 + (end - start) * shift;
    const half = ((end - start) / 2) * factor;
    await this.element.zoomTo(new Date(middle - half), new Date(middle + half));
    await this.settle();
  }

  panel(): HTMLElement | null {
    return this.root.querySelector('.details');
  }

  button(label: string): HTMLButtonElement {
    const button = [...this.root.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.getAttribute('aria-label') === label || candidate.textContent?.trim() === label,
    );
    if (!button) throw new Error(`no button "${label}"`);
    return button;
  }

  async click(target: HTMLElement): Promise<void> {
    target.click();
    await this.settle();
  }

  async clickMark(id: string): Promise<void> {
    await this.click(this.mark(id));
  }

  /** Turns the real mouse wheel over the middle of the timeline. */
  async wheel(deltaY: number): Promise<void> {
    const rect = this.root.querySelector('.viewport')!.getBoundingClientRect();
    await executeServerCommand('mouse-wheel', { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, deltaY });
    await until(() => this.element.view !== null, 'a view');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await this.settle();
  }

  text(selector: string): string {
    return this.root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }
}

interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
declare global {
  interface Window {
    axe?: { run(context: Element, options?: object): Promise<AxeResults> };
  }
}

/** Runs axe-core on an element (shadow DOM included) and returns its violations as readable lines. */
export async function axeViolations(element: Element): Promise<string[]> {
  if (!window.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).href;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('axe-core could not be loaded'));
      document.head.append(script);
    });
  }
  const results = await window.axe!.run(element, { resultTypes: ['violations'] });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`),
  );
}
