/** A value per object (a request context, a socket, a bus), made on first use and gone with the object. */
export function perObject<K extends object, V>(make: () => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      value = make();
      values.set(key, value);
    }
    return value;
  };
}
