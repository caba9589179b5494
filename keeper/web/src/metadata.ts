// Token metadata as the page uses it. Metadata comes from the network (the keeper's storage, an
// IPFS gateway, the contract's placeholder), so it is parsed here into one typed shape and never
// trusted: a field of the wrong type is dropped, never allowed to break rendering.

export interface Attribute {
  trait_type: string;
  value: string | number | boolean;
  display_type?: string;
}

export interface Metadata {
  name?: string;
  description?: string;
  image?: string;
  external_url?: string;
  attributes: Attribute[];
}

export interface ParsedMetadata {
  metadata: Metadata;
  /** What was wrong with the document, in words; empty when it was well formed. */
  problems: string[];
}

const optionalString = (record: Record<string, unknown>, key: string, problems: string[]): string | undefined => {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  problems.push(`"${key}" is not text`);
  return undefined;
};

function attributesOf(value: unknown, problems: string[]): Attribute[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(`"attributes" is not a list`);
    return [];
  }
  const out: Attribute[] = [];
  for (const item of value) {
    const entry = item as Record<string, unknown> | null;
    const ok =
      !!entry &&
      typeof entry === "object" &&
      typeof entry.trait_type === "string" &&
      ["string", "number", "boolean"].includes(typeof entry.value);
    if (!ok) {
      problems.push("an attribute is malformed");
      continue;
    }
    out.push({
      trait_type: entry.trait_type as string,
      value: entry.value as Attribute["value"],
      ...(typeof entry.display_type === "string" ? { display_type: entry.display_type } : {}),
    });
  }
  return out;
}

/** Parses a decoded JSON value into metadata; anything malformed is dropped and named. */
export function parseMetadata(value: unknown): ParsedMetadata {
  const problems: string[] = [];
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { metadata: { attributes: [] }, problems: ["the metadata is not a JSON object"] };
  }
  const record = value as Record<string, unknown>;
  const metadata: Metadata = { attributes: attributesOf(record.attributes, problems) };
  for (const key of ["name", "description", "image", "external_url"] as const) {
    const text = optionalString(record, key, problems);
    if (text !== undefined) metadata[key] = text;
  }
  return { metadata, problems };
}

/** Parses metadata bytes (UTF-8 JSON). */
export function parseMetadataBytes(bytes: Uint8Array): ParsedMetadata {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { metadata: { attributes: [] }, problems: ["the metadata is not valid JSON"] };
  }
  return parseMetadata(value);
}

/** An attribute's value by trait name (the first name found wins). */
export function attribute(metadata: Metadata | null | undefined, ...names: string[]): Attribute["value"] | undefined {
  for (const name of names) {
    const found = metadata?.attributes.find((a) => a.trait_type === name);
    if (found) return found.value;
  }
  return undefined;
}
