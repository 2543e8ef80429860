import { cappedMemo } from "./capped-memo.js";

/** Transliteration spellings that name the same sound, in the order they are rewritten. */
const SPELLINGS: readonly [RegExp, string][] = [
  // "Aleksandr", "Alexandr": "Alexander".
  [/(ks|x)andr\b/g, "xander"],
  [/shch/g, "sch"],
  [/kh/g, "h"],
  [/ks/g, "x"],
  [/dj/g, "j"],
  [/q/g, "k"],
  [/ph/g, "f"],
  [/yo/g, "e"],
  [/ye/g, "e"],
  // "Lyu" and "Liu" are two Chinese surnames: "yu" is kept.
  [/yu/g, "ü"],
  [/y/g, "i"],
  [/ie/g, "e"],
  [/(\p{L})\1+/gu, "$1"],
];

/**
 * A key under which transliterations of one name agree ("Sergei Ignatyev", "Sergey Ignatiev";
 * "Kseniya", "Ksenia"; "Dyomin", "Demin") while different names stay apart ("Yusufov",
 * "Yusupov"; "Pershin", "Parshin"; "Eldar", "Ildar").
 *
 * @remarks Only spelling rules of romanised Russian are applied: no edit distance, which would
 * merge real people whose names differ by one letter.
 */
export function variantKey(name: string): string {
  return variantKeys(name);
}

// Names repeat across releases: each is keyed once.
const variantKeys = cappedMemo(computeVariantKey, 50_000);

function computeVariantKey(name: string): string {
  let key = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  for (const [pattern, replacement] of SPELLINGS)
    key = key.replace(pattern, replacement);
  return key;
}

/**
 * True when two full names differ only by one swap of adjacent letters in one word of five
 * letters or more ("Vladimri Putin" for "Vladimir Putin"): a typing slip, never two people.
 */
export function isTransposition(a: string, b: string): boolean {
  const wordsA = a.split(" ");
  const wordsB = b.split(" ");
  if (wordsA.length !== wordsB.length || wordsA.length < 2) return false;
  let differing = 0;
  for (let i = 0; i < wordsA.length; i += 1) {
    const x = wordsA[i] ?? "";
    const y = wordsB[i] ?? "";
    if (x === y) continue;
    differing += 1;
    if (differing > 1 || x.length < 5 || !swapsOnce(x, y)) return false;
  }
  return differing === 1;
}

function swapsOnce(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  const diffs: number[] = [];
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) diffs.push(i);
  const [first, second] = diffs;
  return (
    diffs.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    x[first] === y[second] &&
    x[second] === y[first]
  );
}
