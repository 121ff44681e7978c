/**
 * The one way the desk builds DOM: elements and text nodes only. Data never goes through
 * innerHTML, so draft text, sidecar content and user input cannot become markup, and every
 * text shows its bidirectional controls (revealBidiControls) rather than obeying them.
 */
import { revealBidiControls } from '../core/text/bidi';

export type Child = Node | string | null | undefined | false;

export interface ElementProps {
  className?: string;
  /** Attributes set with setAttribute (values are text, never parsed as markup). */
  attrs?: Record<string, string | number | boolean | undefined>;
  text?: string;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.attrs) setAttrs(element, props.attrs);
  if (props.text !== undefined) setText(element, props.text);
  if (props.on) {
    for (const [name, handler] of Object.entries(props.on)) element.addEventListener(name, handler as EventListener);
  }
  append(element, ...children);
  return element;
}

/** Sets an element's text (the only way the desk does). */
export function setText(element: Element, text: string): void {
  element.textContent = revealBidiControls(text);
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(revealBidiControls(child)) : child);
  }
}

/** Replaces all children (text becomes text nodes). */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** Sets attributes; false or undefined removes one, true sets it empty. */
export function setAttrs(element: Element, attrs: Record<string, string | number | boolean | undefined>): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === undefined) element.removeAttribute(name);
    // Tooltips and labels show draft text too.
    else element.setAttribute(name, value === true ? '' : revealBidiControls(String(value)));
  }
}

let nextId = 0;
/** A document-unique id for label/aria wiring. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${++nextId}`;
}
