"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "@/components/ui/link";
import { useLocale, useTimeZone, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type DataTableColumn, type DataTableFeatures } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { clientStatusTone } from "@/components/ui/status-tones";
import type { ClientStatus } from "@/db/schema/clients";
import { pageSizes, type CaseloadQuery } from "@/lib/clients/caseload-query";
import { dateFormat } from "@/lib/i18n/formats";
import { BulkAssign } from "./bulk-assign";

export type CaseloadTableRow = {
  id: string;
  reference: string;
  fullName: string;
  phone: string | null;
  status: ClientStatus;
  counsellorName: string;
  updatedAt: Date;
};

const helper = createColumnHelper<DataTableFeatures, CaseloadTableRow>();

type Props = {
  rows: CaseloadTableRow[];
  total: number;
  capped: boolean;
  query: CaseloadQuery;
  showCounsellor: boolean;
  /** Counsellors the user may assign to; present only for supervisors and admins. */
  counsellors: { id: string; name: string }[] | null;
  empty: React.ReactNode;
  /** The table's caption, worded on the server (the browser gets only the column names of `clients`). */
  caption: string;
};

export function CaseloadTable({ rows, total, capped, query, showCounsellor, counsellors, empty, caption }: Props) {
  const t = useTranslations("clients.columns");
  const ts = useTranslations("clientStatus");
  // Shared per locale and zone (lib/i18n/formats.ts); next-intl's formatter is built anew for each
  // request's provider, which cost a caseload page about a millisecond for its 25 dates.
  const updated = dateFormat(useLocale(), { dateStyle: "medium", timeStyle: "short", timeZone: useTimeZone() });
  // Column ids are the sort keys the server allows (lib/clients/caseload-query.ts).
  const columns = useMemo(() => {
    const list: DataTableColumn<CaseloadTableRow>[] = [
      helper.accessor("fullName", {
        id: "name",
        header: t("name"),
        cell: (info) => (
          <Link href={`/clients/${info.row.original.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {info.getValue()}
          </Link>
        ),
      }),
      helper.accessor("reference", { id: "reference", header: t("reference"), cell: (info) => <span className="font-mono">{info.getValue()}</span> }),
      helper.accessor("phone", { id: "phone", header: t("phone"), enableSorting: false, cell: (info) => info.getValue() ?? "—" }),
      helper.accessor("status", {
        id: "status",
        header: t("status"),
        cell: (info) => {
          const status: ClientStatus = info.getValue();
          return <Badge tone={clientStatusTone[status]}>{ts(status)}</Badge>;
        },
      }),
    ];
    if (showCounsellor) list.push(helper.accessor("counsellorName", { id: "counsellor", header: t("counsellor"), enableSorting: false }));
    list.push(
      helper.accessor("updatedAt", {
        id: "updated",
        header: t("updated"),
        cell: (info) => updated.format(info.getValue()),
      }),
    );
    return list;
  }, [t, ts, updated, showCounsellor]);

  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={caption}
      total={total}
      capped={capped}
      page={query.page}
      pageSize={query.size}
      pageSizes={pageSizes}
      sort={query.sort}
      empty={empty}
      rowLabel={counsellors ? (row) => row.fullName : undefined}
      // The selection stays after a move, so the confirmation stays on screen beside the updated rows.
      selectionActions={counsellors ? (ids) => <BulkAssign selectedIds={ids} counsellors={counsellors} /> : undefined}
    />
  );
}
