/** `within`: other pages (and the pages below them) on which this item is also current. */
export type NavItem = { href: string; label: string; within?: string[] };

const atOrBelow = (href: string, pathname: string) => pathname === href || pathname.startsWith(`${href}/`);

/**
 * The first nav item is the home of the school or trust: it is current only on that exact page;
 * any other item is current on its own page, on every page below it, and on its `within` pages.
 */
export function isCurrent(item: NavItem, index: number, pathname: string): boolean {
  if (pathname === item.href) return true;
  if (index === 0) return false;
  return [item.href, ...(item.within ?? [])].some((href) => atOrBelow(href, pathname));
}
