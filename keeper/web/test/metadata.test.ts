import { describe, expect, it } from "vitest";
import { attribute, parseMetadata, parseMetadataBytes } from "../src/metadata";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("parseMetadata", () => {
  it("keeps a well-formed document as is", () => {
    const parsed = parseMetadata({
      name: "GenImNFT #1",
      description: "a lighthouse",
      image: "ipfs://bafy/1.png",
      attributes: [
        { trait_type: "model", value: "procedural-v1" },
        { trait_type: "date", value: 1_790_000_000, display_type: "date" },
      ],
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.metadata.image).toBe("ipfs://bafy/1.png");
    expect(attribute(parsed.metadata, "Model", "model")).toBe("procedural-v1");
    expect(parsed.metadata.attributes[1]).toEqual({ trait_type: "date", value: 1_790_000_000, display_type: "date" });
  });
  it('drops "attributes": {} and other wrong types, naming them, without throwing', () => {
    const parsed = parseMetadata({ name: 7, image: { src: "x" }, attributes: {} });
    expect(parsed.metadata).toEqual({ attributes: [] });
    expect(parsed.problems).toEqual(['"attributes" is not a list', '"name" is not text', '"image" is not text']);
    expect(attribute(parsed.metadata, "model")).toBeUndefined();
  });
  it("drops malformed attributes one by one", () => {
    const parsed = parseMetadata({ attributes: [null, 3, { trait_type: "a" }, { trait_type: "b", value: { x: 1 } }, { trait_type: "ok", value: true }] });
    expect(parsed.metadata.attributes).toEqual([{ trait_type: "ok", value: true }]);
    expect(parsed.problems).toHaveLength(4);
  });
  it("refuses documents that are not objects, and bytes that are not JSON", () => {
    for (const value of [null, [], "text", 1]) expect(parseMetadata(value).problems).toEqual(["the metadata is not a JSON object"]);
    expect(parseMetadataBytes(bytes("{not json")).problems).toEqual(["the metadata is not valid JSON"]);
    expect(parseMetadataBytes(Uint8Array.of(0x7b, 0xff, 0x7d)).problems).toEqual(["the metadata is not valid JSON"]);
    expect(parseMetadataBytes(bytes('{"name":"x"}')).metadata).toEqual({ name: "x", attributes: [] });
  });
});
