import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewStaffForm } from "@/components/admin/new-staff-form";
import { StaffRowActions } from "@/components/admin/staff-row-actions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireArea } from "@/lib/auth/session";
import { listStaff } from "@/lib/dal/staff";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("staffTitle") };
}

export default async function StaffPage() {
  const user = await requireArea("admin");
  const [t, staff] = await Promise.all([getTranslations(), listStaff(user)]);
  const supervisors = staff.filter((s) => s.role === "supervisor" && s.active).map((s) => ({ id: s.id, name: s.name }));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("admin.staffTitle")}</h1>
        <p className="text-ink-muted">{t("admin.staffIntro")}</p>
      </div>
      <Card aria-labelledby="new-staff-heading">
        <h2 id="new-staff-heading" className="text-lg font-semibold">
          {t("admin.createTitle")}
        </h2>
        <NewStaffForm supervisors={supervisors} />
      </Card>
      <Card className="overflow-x-auto p-0">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("admin.tableCaption")}</caption>
          <thead className="border-b border-line bg-canvas">
            <tr>
              <th scope="col" className="px-4 py-3">{t("admin.name")}</th>
              <th scope="col" className="px-4 py-3">{t("admin.email")}</th>
              <th scope="col" className="px-4 py-3">{t("admin.role")}</th>
              <th scope="col" className="px-4 py-3">{t("admin.supervisor")}</th>
              <th scope="col" className="px-4 py-3">{t("admin.status")}</th>
              <th scope="col" className="px-4 py-3">{t("twoFactor.column")}</th>
              <th scope="col" className="px-4 py-3">{t("common.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr key={member.id} className="border-b border-line last:border-0">
                <th scope="row" className="px-4 py-3 font-medium">{member.name}</th>
                <td className="px-4 py-3">{member.email}</td>
                <td className="px-4 py-3">{t(`roles.${member.role}`)}</td>
                <td className="px-4 py-3">{member.supervisorName ?? "—"}</td>
                <td className="px-4 py-3">
                  <Badge tone={member.active ? "success" : "neutral"}>
                    {member.active ? t("admin.active") : t("admin.inactive")}
                  </Badge>
                </td>
                <td className="px-4 py-3">
                  <Badge tone={member.twoFactor ? "success" : "neutral"}>{member.twoFactor ? t("twoFactor.on") : t("twoFactor.off")}</Badge>
                </td>
                <td className="px-4 py-3">
                  <StaffRowActions
                    member={{ id: member.id, name: member.name, active: member.active, role: member.role, supervisorId: member.supervisorId, twoFactor: member.twoFactor }}
                    supervisors={supervisors}
                    isSelf={member.id === user.id}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
