/**
 * Host header tricks for plain HTTP, against filters that match the Host line byte for
 * byte. Host names are case-insensitive (RFC 9110 §4.2.3, RFC 3986 §3.2.2), so every
 * server answers a mixed-case name as the lower-case one, while a naive filter looking
 * for `Host: example.com` misses `host: eXaMpLe.cOm`.
 *
 * What reaches the wire: undici writes the header line itself, always as
 * `host: <value>` in lower case, whatever name the caller spelled; so the name
 * already differs from the `Host:` of browsers (zapret's `--hostcase`, "change Host:
 * => host:", and GoodbyeDPI's `-r`, "replace Host with hoSt"), and the value is the
 * only part a request can choose. It is mixed here as zapret's `--domcase` ("mix
 * domain case : Host: TeSt.cOm") and GoodbyeDPI's `-m` ("mix Host header case
 * (test.com -> tEsT.cOm)") do. Spacing tricks (GoodbyeDPI `-s`, zapret
 * `--hostnospace`) need the header line itself and are out of undici's reach; a
 * trailing dot (tpws `--hostdot`) names a different virtual host on some servers.
 */

/**
 * The Host header value with the case of its letters alternating, every second letter
 * in upper case: `blocked.example:8080` → `bLoCkEd.eXaMpLe:8080`. URLs give host names
 * in lower case, so the result always differs from them when there are two letters or
 * more; digits, dots, colons and the port are kept.
 */
export function mixHostCase(host: string): string {
  let letters = 0;
  return host.replace(/[a-z]/gi, (letter) => {
    letters += 1;
    return letters % 2 === 0 ? letter.toUpperCase() : letter.toLowerCase();
  });
}
