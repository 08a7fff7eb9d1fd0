/**
 * Makes a Plot figure with a pointer-transformed mark selectable by click (and Enter/Space when focused):
 * the returned element's `value` is the datum last clicked (null before any click) and it dispatches
 * "input" on each click, so Framework's `view()` can read it.
 */
export function clickSelect<T>(plot: HTMLElement & {value?: T}): HTMLElement & {value: T | null} {
  const wrapper = document.createElement("div") as unknown as HTMLElement & {value: T | null};
  wrapper.className = "click-select";
  wrapper.append(plot);
  wrapper.value = null;
  const choose = () => {
    if (plot.value == null) return;
    wrapper.value = plot.value;
    wrapper.dispatchEvent(new Event("input", {bubbles: true}));
  };
  plot.addEventListener("click", choose);
  plot.addEventListener("input", (event) => event.stopPropagation());
  return wrapper;
}
