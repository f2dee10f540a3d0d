import type { Label } from "../../index.js";

/** One unsur (element) of the public satisfaction survey. */
export interface IkmUnsur {
  /** Stable id (camelCase). */
  readonly id: string;
  /** Indonesian label with English alternative. */
  readonly label: Label;
}

/**
 * The nine unsur of the Survei Kepuasan Masyarakat, PermenPANRB 14/2017 (PermenPANRB 14/2017 Lampiran, verified, docs/sources.md#ikm-14-2017),
 * each answered on 1–4 (1 tidak baik … 4 sangat baik), in the regulation's order.
 */
export const IKM_UNSUR: readonly IkmUnsur[] = Object.freeze(
  [
    { id: "persyaratan", label: { id: "Persyaratan", en: "Requirements" } },
    { id: "prosedur", label: { id: "Sistem, mekanisme dan prosedur", en: "System, mechanism and procedure" } },
    { id: "waktu", label: { id: "Waktu penyelesaian", en: "Completion time" } },
    { id: "biaya", label: { id: "Biaya/tarif", en: "Cost/tariff" } },
    { id: "produk", label: { id: "Produk spesifikasi jenis pelayanan", en: "Service product specification" } },
    { id: "kompetensi", label: { id: "Kompetensi pelaksana", en: "Staff competence" } },
    { id: "perilaku", label: { id: "Perilaku pelaksana", en: "Staff conduct" } },
    { id: "sarana", label: { id: "Sarana dan prasarana", en: "Facilities and infrastructure" } },
    { id: "pengaduan", label: { id: "Penanganan pengaduan, saran dan masukan", en: "Handling of complaints, suggestions and feedback" } },
  ].map((u) => Object.freeze({ id: u.id, label: Object.freeze(u.label) })),
);
