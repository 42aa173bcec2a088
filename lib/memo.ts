/**
 * A value remembered per object and key: `store` holds, for each live `owner`, the values computed
 * under each key, and lets them go with the owner. For work derived from an object that is reused
 * across requests (a message catalogue, a cached report and its rows).
 */
export function rememberPer<O extends object, V>(store: WeakMap<O, Map<string, V>>, owner: O, key: string, compute: () => V): V {
  let perOwner = store.get(owner);
  if (!perOwner) store.set(owner, (perOwner = new Map()));
  let value = perOwner.get(key);
  if (value === undefined) perOwner.set(key, (value = compute()));
  return value;
}
