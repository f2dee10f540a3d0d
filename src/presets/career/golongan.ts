import * as z from "zod/mini";

/** The golongan/ruang of a PNS, I/a … IV/e (PP 99/2000 Lampiran I). */
export const GOLONGAN = ["I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"] as const;

/** A golongan/ruang. */
export type Golongan = (typeof GOLONGAN)[number];

/** Schema of a golongan/ruang. */
export const GolonganSchema = z.enum(GOLONGAN);

/** The next golongan/ruang, or null at IV/e. */
export function nextGolongan(g: Golongan): Golongan | null {
  return GOLONGAN[GOLONGAN.indexOf(g) + 1] ?? null;
}

/** A jabatan fungsional category: keahlian (Ahli …) or keterampilan (Pemula … Penyelia). */
export type JfCategory = "keahlian" | "keterampilan";

/**
 * Angka kredit kumulatif (AKK) for a kenaikan pangkat from each golongan in the integrated regime of
 * PermenPANRB 1/2023 (teknis in Peraturan BKN 3/2023). Keterampilan: II/a 15, II/b–II/d 20, III/a–III/b 50,
 * III/c 100 — confidence: the regulation's annex (fliphtml5 reproduction of PermenPANRB 1/2023, p. 84).
 * Keahlian: III/a–III/b 50, III/c–III/d 100, IV/a–IV/c 150, IV/d 200 — confidence: secondary (BKN
 * teaching slides on Peraturan BKN 3/2023). Check that each jenjang AKK is the sum of its KP steps:
 * 50 + 50 = 100, 100 + 100 = 200, 150 × 3 = 450. Some JF rules of 2021 differ (e.g. 200 for IV/c → IV/d):
 * give `akk` explicitly for those.
 */
export const AKK_KENAIKAN_PANGKAT: Readonly<Record<JfCategory, Readonly<Partial<Record<Golongan, string>>>>> = Object.freeze({
  keterampilan: Object.freeze({ "II/a": "15", "II/b": "20", "II/c": "20", "II/d": "20", "III/a": "50", "III/b": "50", "III/c": "100" }),
  keahlian: Object.freeze({ "III/a": "50", "III/b": "50", "III/c": "100", "III/d": "100", "IV/a": "150", "IV/b": "150", "IV/c": "150", "IV/d": "200" }),
});

/**
 * AKK for a kenaikan jenjang of the keahlian category (PermenPANRB 1/2023; Peraturan BKN 3/2023 —
 * confidence: secondary, BKN slides): Ahli Pertama → Ahli Muda 100, Ahli Muda → Ahli Madya 200,
 * Ahli Madya → Ahli Utama 450. The keterampilan values were not confirmed: give `akk` explicitly.
 */
export const AKK_KENAIKAN_JENJANG: Readonly<Record<"ahliPertama" | "ahliMuda" | "ahliMadya", string>> = Object.freeze({ ahliPertama: "100", ahliMuda: "200", ahliMadya: "450" });
