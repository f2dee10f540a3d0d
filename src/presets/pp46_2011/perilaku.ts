import type { Label } from "../../index.js";

/** A perilaku kerja aspect of PP 46/2011. */
export interface PerilakuAspect {
  readonly id: "orientasiPelayanan" | "integritas" | "komitmen" | "disiplin" | "kerjaSama" | "kepemimpinan";
  readonly label: Label;
}

/**
 * The perilaku kerja aspects of PP 46/2011 (PP 46/2011 and Perka BKN 1/2013 Lampiran, verified, docs/sources.md#pp-46-2011), each scored 0–100 by the pejabat
 * penilai. Kepemimpinan applies only to pejabat struktural (average ÷6, else ÷5; [S]/[M]).
 */
export const PERILAKU_ASPECTS: readonly PerilakuAspect[] = Object.freeze(
  [
    { id: "orientasiPelayanan", label: { id: "Orientasi pelayanan", en: "Service orientation" } },
    { id: "integritas", label: { id: "Integritas", en: "Integrity" } },
    { id: "komitmen", label: { id: "Komitmen", en: "Commitment" } },
    { id: "disiplin", label: { id: "Disiplin", en: "Discipline" } },
    { id: "kerjaSama", label: { id: "Kerja sama", en: "Cooperation" } },
    { id: "kepemimpinan", label: { id: "Kepemimpinan", en: "Leadership" } },
  ].map((a) => Object.freeze({ id: a.id as PerilakuAspect["id"], label: Object.freeze(a.label) })),
);
