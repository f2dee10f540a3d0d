import type { Label } from "../../index.js";

/**
 * The seven BerAKHLAK core values of ASN (PermenPANRB 6/2022 Lampiran, secondary, docs/sources.md#permenpanrb-6-2022), the perilaku kerja model of
 * PermenPANRB 6/2022: Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif.
 */
export const BERAKHLAK: readonly { readonly id: string; readonly label: Label }[] = Object.freeze(
  [
    { id: "berorientasiPelayanan", label: { id: "Berorientasi Pelayanan", en: "Service-oriented" } },
    { id: "akuntabel", label: { id: "Akuntabel", en: "Accountable" } },
    { id: "kompeten", label: { id: "Kompeten", en: "Competent" } },
    { id: "harmonis", label: { id: "Harmonis", en: "Harmonious" } },
    { id: "loyal", label: { id: "Loyal", en: "Loyal" } },
    { id: "adaptif", label: { id: "Adaptif", en: "Adaptive" } },
    { id: "kolaboratif", label: { id: "Kolaboratif", en: "Collaborative" } },
  ].map((v) => Object.freeze({ id: v.id, label: Object.freeze(v.label) })),
);
