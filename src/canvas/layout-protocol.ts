import type { ComputedLayout, LayoutInput } from './layout-input.ts';

/** Messages between the page and the layout worker; `job` tells a cancelled job's late answers apart. */
export interface LayoutRequest {
  readonly job: number;
  readonly input: LayoutInput;
  readonly name: ComputedLayout;
}

export type LayoutResponse =
  | { readonly job: number; readonly kind: 'started' }
  | { readonly job: number; readonly kind: 'done'; readonly xy: Float64Array }
  | { readonly job: number; readonly kind: 'failed'; readonly message: string };
