export type NavItem = { href: string; label: string };

/**
 * The first nav item is the home of the school or trust: it is current only on that exact page;
 * any other item is current on its own page and on every page below it.
 */
export function isCurrent(item: NavItem, index: number, pathname: string): boolean {
  if (pathname === item.href) return true;
  return index > 0 && pathname.startsWith(`${item.href}/`);
}
