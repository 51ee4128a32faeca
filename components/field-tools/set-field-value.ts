/**
 * Changes a page field's value for the user (only ever after a click on one of our buttons) and
 * tells the page's own scripts, which listen for 'input' and 'change', as if the user had typed it.
 */
export function setFieldValue(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
