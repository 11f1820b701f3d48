// Stretches of lanes held before the greedy placing runs (the kept mark's, the featured ones'),
// which no other mark or label may cross.

interface Stretch {
  from: number;
  to: number;
}

export class HeldStretches {
  /** Each lane's held stretches, left to right; they never overlap within a lane. */
  private readonly byLane: Stretch[][];

  constructor(
    lanes: number,
    private readonly gap: number,
  ) {
    this.byLane = Array.from({ length: lanes }, () => []);
  }

  hold(lane: number, from: number, to: number): void {
    const stretches = this.byLane[lane]!;
    stretches.splice(this.firstEndingAfter(stretches, from), 0, { from, to });
  }

  /** True when `[from, to]` keeps a gap clear of every stretch held in the lane. */
  clear(lane: number, from: number, to: number): boolean {
    const stretches = this.byLane[lane]!;
    if (stretches.length === 0) return true;
    const next = stretches[this.firstEndingAfter(stretches, from)];
    return next === undefined || to + this.gap <= next.from;
  }

  /** Binary search: the first stretch not ending a gap or more before `from`, or the length. */
  private firstEndingAfter(stretches: readonly Stretch[], from: number): number {
    let low = 0;
    let high = stretches.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (stretches[middle]!.to + this.gap <= from) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
