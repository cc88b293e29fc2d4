// Small DOM helpers. Text always goes in through text nodes, never through HTML parsing.

/**
 * Creates an element. `props` become attributes (true → empty attribute, false/null → absent),
 * except `class` and `on<event>` handlers. Children may be nodes, strings (as text) or arrays.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') {
      el.className = value;
    } else if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Sets an element's text only when it changed, so screen readers and selections are left alone. */
export function setText(el, text) {
  const value = text ?? '';
  if (el.textContent !== value) el.textContent = value;
}

/**
 * Makes `container`'s children exactly `nodes`, in order, moving only what is out of place.
 * Nodes that stay where they are keep their focus, selection and open state.
 */
export function reconcile(container, nodes) {
  nodes.forEach((node, i) => {
    const current = container.childNodes[i];
    if (current !== node) container.insertBefore(node, current ?? null);
  });
  while (container.childNodes.length > nodes.length) container.lastChild.remove();
}

/** Replaces a select's options only when the list changed; keeps the chosen value when it still exists. */
export function setOptions(select, options) {
  const signature = JSON.stringify(options);
  if (select.dataset.signature === signature) return;
  const chosen = select.value;
  select.replaceChildren(...options.map(({ value, label }) => h('option', { value }, label)));
  select.dataset.signature = signature;
  if (options.some((o) => o.value === chosen)) select.value = chosen;
}

let idCounter = 0;
/** A DOM id that is unique on this page and independent of any data. */
export function uniqueId(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

export function show(el, visible) {
  el.hidden = !visible;
}

/** Shows `message` in `box`, or hides the box when there is none. */
export function showMessage(box, message) {
  setText(box, message || '');
  show(box, Boolean(message));
}

/** Points at the field to fix: marked invalid for assistive technology, `message` in `box`, the focus on it. */
export function flagField(input, box, message) {
  input.setAttribute('aria-invalid', 'true');
  showMessage(box, message);
  input.focus();
}
