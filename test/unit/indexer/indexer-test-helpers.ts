import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SentenceDocument } from "../../../src/search/sentence-document.js";
import { buildDocuments } from "../../../indexer/documents/build-documents.js";
import { parseRelease } from "../../../indexer/parse/parse-release.js";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository root, from this file's location. */
export const REPO_ROOT = path.resolve(here, "..", "..", "..");

/** `../shared` next to the repository (corpus, seed release); may be absent. */
export const SHARED_DIR = path.resolve(REPO_ROOT, "..", "shared");

/** Path of a file under `test/fixtures/releases`. */
export function fixturePath(name: string): string {
  return path.join(REPO_ROOT, "test", "fixtures", "releases", name);
}

/** The documents the pipeline makes of a fixture release. */
export function documentsOfFixture(name: string): SentenceDocument[] {
  const file = fixturePath(name);
  return buildDocuments(
    parseRelease(readFileSync(file, "utf8"), { source: file }),
  );
}

/** Release text in the corpus layout, from parts; defaults make a minimal valid release. */
export function buildReleaseText(
  overrides: {
    breadcrumb?: string;
    title?: string;
    paragraphs?: readonly string[];
    trailer?: string;
  } = {},
): string {
  const header = [
    ...(overrides.breadcrumb === undefined ? [] : [overrides.breadcrumb]),
    overrides.title ??
      "Vladimir Putin met with Prime Minister of Japan Shinzo Abe",
  ].join("\n");
  const paragraphs = overrides.paragraphs ?? [
    "The talks took place in the Kremlin.",
  ];
  const trailer = overrides.trailer === undefined ? [] : [overrides.trailer];
  return `${[header, ...paragraphs, ...trailer].join("\n\n")}\n`;
}

/** The documents of release text built by {@link buildReleaseText}. */
export function documentsOf(
  text: string,
  source = "2019-06-20-test-release.txt",
): SentenceDocument[] {
  return buildDocuments(parseRelease(text, { source }));
}

/** "speaker: text" per document, for readable assertions. */
export function speakerLines(documents: readonly SentenceDocument[]): string[] {
  return documents.map((d) => `${d.speaker ?? "-"}: ${d.text}`);
}

/**
 * "speaker: text" per document of a release built from a title and paragraphs; the file
 * name gives the date (who "the President" is).
 */
export function speakerLinesOf(
  title: string,
  paragraphs: readonly string[],
  source: string,
): string[] {
  return speakerLines(
    documentsOf(buildReleaseText({ title, paragraphs }), source),
  );
}
