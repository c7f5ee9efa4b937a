/**
 * jsdom has no layout, so it has no ResizeObserver; Fluent's MessageBar observes its own size to
 * reflow. An observer that never fires is what a layout-free DOM would report anyway.
 */
class InertResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!("ResizeObserver" in globalThis)) {
  Object.assign(globalThis, { ResizeObserver: InertResizeObserver });
}
