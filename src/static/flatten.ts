/**
 * The elements' Declarative Shadow DOM output (render-elements.ts) turned into plain light DOM,
 * for the `page` and `fragment` modes: each element becomes a `<div class="dr-host dr-TAG">` holding
 * what its shadow root held, and the markers Lit leaves for hydration go.
 *
 * Shadow roots keep ids apart (every table has its own `id="caption"`); one document does not, so
 * each root's ids get the root's own prefix, and the references to them (`headers`,
 * `aria-labelledby`, `href="#…"`) follow.
 */
import {DomUtils, parseDocument} from 'htmlparser2';
import type {ChildNode, Document, Element} from 'domhandler';

export const ELEMENT_TAGS = [
  'disclosure-report',
  'report-section',
  'disclosure-table',
  'appeal-litigation-grid',
] as const;
const OUR_TAGS = new Set<string>(ELEMENT_TAGS);

/** Host attributes that mean something only to the element (or to hydration). */
const DROPPED_HOST_ATTRIBUTES = new Set(['exportparts', 'defer-hydration', 'part', 'heading-level']);
const ID_LISTS = ['headers', 'aria-labelledby', 'aria-describedby'];

const isElement = (node: ChildNode): node is Element =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** The flattened light DOM of `dsdMarkup`. */
export function flattenShadowRoots(dsdMarkup: string): Document {
  const document = parseDocument(dsdMarkup, {lowerCaseAttributeNames: false});
  let roots = 0;
  const idsByRoot = new Map<number, Set<string>>();
  const rootOf = new Map<Element, number>();

  // Lit's comment markers and its `<?>` part markers.
  for (const node of DomUtils.filter((n) => n.type === 'comment' || n.type === 'directive', document.children, true)) {
    DomUtils.removeElement(node);
  }

  const flattenHost = (host: Element): void => {
    const template = host.children.find(
      (child): child is Element => isElement(child) && child.name === 'template' && 'shadowrootmode' in child.attribs,
    );
    const root = ++roots;
    const shadowChildren = template
      ? template.children.filter((child) => !(isElement(child) && child.name === 'style'))
      : [];
    const attributes: Record<string, string> = {class: `dr-host dr-${host.name}`};
    for (const [name, value] of Object.entries(host.attribs)) {
      if (DROPPED_HOST_ATTRIBUTES.has(name)) continue;
      attributes[name === 'lang' ? 'lang' : `data-${name}`] = value;
    }
    host.name = 'div';
    host.attribs = attributes;
    // The light-DOM children (the inline JSON) are for the elements only.
    host.children = [];
    for (const child of shadowChildren) DomUtils.appendChild(host, child);
    const ids = new Set<string>();
    idsByRoot.set(root, ids);
    const nestedHosts: Element[] = [];
    const claim = (nodes: ChildNode[]): void => {
      for (const node of nodes) {
        if (!isElement(node)) continue;
        rootOf.set(node, root);
        if (node.attribs.id) ids.add(node.attribs.id);
        // A nested element's shadow content is its own root.
        if (OUR_TAGS.has(node.name)) nestedHosts.push(node);
        else claim(node.children);
      }
    };
    claim(shadowChildren);
    for (const nested of nestedHosts) flattenHost(nested);
  };
  // Outermost hosts only: each flattens the hosts inside it.
  for (const host of DomUtils.findAll((element) => OUR_TAGS.has(element.name), document.children)) {
    if (OUR_TAGS.has(host.name) && !rootOf.has(host)) flattenHost(host);
  }

  // Ids: per root; a reference resolves in its own root first, else wherever that id is unique.
  const prefixed = (root: number, id: string) => `dr${root}-${id}`;
  const resolve = (root: number | undefined, id: string): string => {
    if (root !== undefined && idsByRoot.get(root)?.has(id)) return prefixed(root, id);
    const owners = [...idsByRoot].filter(([, ids]) => ids.has(id));
    return owners.length === 1 ? prefixed(owners[0]![0], id) : id;
  };
  for (const [element, root] of rootOf) {
    const {attribs} = element;
    if (attribs.id) attribs.id = prefixed(root, attribs.id);
    for (const name of ID_LISTS) {
      if (attribs[name])
        attribs[name] = attribs[name]
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => resolve(root, id))
          .join(' ');
    }
    if (attribs.href?.startsWith('#')) attribs.href = `#${resolve(root, attribs.href.slice(1))}`;
  }
  return document;
}

/** Markup of `nodes` with report text escaped (`&`, `<`, `>`, quotes in attributes) and CJK left as it is. */
export function serialize(nodes: ChildNode | ChildNode[]): string {
  return DomUtils.getOuterHTML(nodes, {encodeEntities: 'utf8', decodeEntities: true});
}
