/**
 * Sets an input's value as a user's pick would: the value, then an "input" event that bubbles, so Framework's
 * `view()` of the input (and the page's cells reading it) see the new value.
 */
export function setInput<T>(input: EventTarget & {value: T}, value: T): void {
  input.value = value;
  input.dispatchEvent(new Event("input", {bubbles: true}));
}
