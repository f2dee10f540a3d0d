import type { Label } from "../../index.js";

/**
 * The perilaku kerja aspects of PP 30/2019 (PP 30/2019; PermenPANRB 8/2021 Lampiran, secondary, docs/sources.md#pp-30-2019): orientasi pelayanan, komitmen,
 * inisiatif kerja, kerja sama, kepemimpinan.
 */
export const PP30_PERILAKU_ASPECTS: readonly { readonly id: string; readonly label: Label }[] = Object.freeze(
  [
    { id: "orientasiPelayanan", label: { id: "Orientasi pelayanan", en: "Service orientation" } },
    { id: "komitmen", label: { id: "Komitmen", en: "Commitment" } },
    { id: "inisiatifKerja", label: { id: "Inisiatif kerja", en: "Initiative" } },
    { id: "kerjaSama", label: { id: "Kerja sama", en: "Cooperation" } },
    { id: "kepemimpinan", label: { id: "Kepemimpinan", en: "Leadership" } },
  ].map((a) => Object.freeze({ id: a.id, label: Object.freeze(a.label) })),
);
