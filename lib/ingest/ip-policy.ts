import { isIPv4, isIPv6 } from "node:net";

export type AddressClass =
  | "public"
  | "unspecified"
  | "loopback"
  | "private"
  | "cgnat"
  | "link-local"
  | "unique-local"
  | "multicast"
  | "broadcast"
  | "documentation"
  | "reserved"
  | "invalid";

export const ADDRESS_CLASS_LABEL: Record<AddressClass, string> = {
  public: "a public address",
  unspecified: "an unspecified address",
  loopback: "a loopback address (this machine)",
  private: "a private network address",
  cgnat: "a carrier-grade NAT address",
  "link-local": "a link-local address (such as a cloud metadata service)",
  "unique-local": "a unique-local IPv6 address (a private network)",
  multicast: "a multicast address",
  broadcast: "a broadcast address",
  documentation: "a documentation/test address",
  reserved: "a reserved address",
  invalid: "not a valid IP address",
};

type V4Rule = { base: number; bits: number; cls: AddressClass };

function v4(a: number, b: number, c: number, d: number): number {
  return ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
}

// Everything not matched here is public. Order: first match wins.
const V4_RULES: readonly V4Rule[] = [
  { base: v4(0, 0, 0, 0), bits: 8, cls: "unspecified" },
  { base: v4(10, 0, 0, 0), bits: 8, cls: "private" },
  { base: v4(100, 64, 0, 0), bits: 10, cls: "cgnat" },
  { base: v4(127, 0, 0, 0), bits: 8, cls: "loopback" },
  { base: v4(169, 254, 0, 0), bits: 16, cls: "link-local" },
  { base: v4(172, 16, 0, 0), bits: 12, cls: "private" },
  { base: v4(192, 0, 0, 0), bits: 24, cls: "reserved" },
  { base: v4(192, 0, 2, 0), bits: 24, cls: "documentation" },
  { base: v4(192, 88, 99, 0), bits: 24, cls: "reserved" },
  { base: v4(192, 168, 0, 0), bits: 16, cls: "private" },
  { base: v4(198, 18, 0, 0), bits: 15, cls: "reserved" },
  { base: v4(198, 51, 100, 0), bits: 24, cls: "documentation" },
  { base: v4(203, 0, 113, 0), bits: 24, cls: "documentation" },
  { base: v4(224, 0, 0, 0), bits: 4, cls: "multicast" },
  { base: v4(255, 255, 255, 255), bits: 32, cls: "broadcast" },
  { base: v4(240, 0, 0, 0), bits: 4, cls: "reserved" },
];

function classifyV4Number(n: number): AddressClass {
  for (const rule of V4_RULES) {
    const mask = rule.bits === 0 ? 0 : (0xffffffff << (32 - rule.bits)) >>> 0;
    if ((n & mask) >>> 0 === rule.base) return rule.cls;
  }
  return "public";
}

function parseV4(ip: string): number | undefined {
  if (!isIPv4(ip)) return undefined;
  const parts = ip.split(".").map(Number);
  const [a, b, c, d] = parts;
  if (a === undefined || b === undefined || c === undefined || d === undefined) return undefined;
  return v4(a, b, c, d);
}

/** Eight 16-bit groups, or undefined. Accepts "::" compression, a dotted IPv4 tail and a %zone. */
export function parseV6(input: string): number[] | undefined {
  const ip = input.replace(/%.*$/, "");
  if (!isIPv6(ip)) return undefined;
  let text = ip;
  const lastColon = text.lastIndexOf(":");
  const maybeV4 = text.slice(lastColon + 1);
  if (maybeV4.includes(".")) {
    const n = parseV4(maybeV4);
    if (n === undefined) return undefined;
    text = `${text.slice(0, lastColon + 1)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(":") : [];
  const rest = halves[1] ? halves[1].split(":") : [];
  const fill = 8 - head.length - rest.length;
  if ((halves.length === 1 && fill !== 0) || fill < 0) return undefined;
  const groups = [...head, ...Array<string>(fill).fill("0"), ...rest].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

function classifyV6Groups(g: readonly number[]): AddressClass {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const embeddedV4 = ((g6 << 16) >>> 0) + g7;
  const firstFiveZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (firstFiveZero && g5 === 0 && g6 === 0) {
    if (g7 === 0) return "unspecified";
    if (g7 === 1) return "loopback";
  }
  // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (deprecated IPv4-compatible) reach the IPv4 host.
  if (firstFiveZero && (g5 === 0xffff || g5 === 0)) return classifyV4Number(embeddedV4);
  // 64:ff9b::/96 is NAT64: the gateway connects to the embedded IPv4 address.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return classifyV4Number(embeddedV4);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return "private";
  if ((g0 & 0xfe00) === 0xfc00) return "unique-local";
  if ((g0 & 0xffc0) === 0xfe80) return "link-local";
  if ((g0 & 0xffc0) === 0xfec0) return "private";
  if ((g0 & 0xff00) === 0xff00) return "multicast";
  if (g0 === 0x2001 && g1 === 0x0db8) return "documentation";
  // 2002::/16 (6to4) embeds an IPv4 address in groups 1-2.
  if (g0 === 0x2002) return classifyV4Number(((g1 << 16) >>> 0) + g2);
  // Teredo (2001:0::/32) tunnels to an obfuscated IPv4 address we cannot vet cheaply.
  if (g0 === 0x2001 && g1 === 0) return "reserved";
  // Only global unicast (2000::/3) is routable on the public internet.
  if ((g0 & 0xe000) !== 0x2000) return "reserved";
  return "public";
}

/** Classifies an IP literal (IPv4, IPv6, optionally bracketed). */
export function classifyAddress(address: string): AddressClass {
  const ip = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  const n = parseV4(ip);
  if (n !== undefined) return classifyV4Number(n);
  const groups = parseV6(ip);
  if (groups) return classifyV6Groups(groups);
  return "invalid";
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === "public";
}
