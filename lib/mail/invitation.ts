import { getTranslations } from "next-intl/server";
import { sendMail } from "./index";

/** The invitation in both languages: the client's reading language is not known for sure yet. */
export async function sendInvitationMail(to: string, link: string): Promise<void> {
  const [zh, en] = await Promise.all([
    getTranslations({ locale: "zh-CN", namespace: "invite" }),
    getTranslations({ locale: "en", namespace: "invite" }),
  ]);
  await sendMail({
    to,
    subject: `${zh("mailSubject")} / ${en("mailSubject")}`,
    text: `${zh("mailBody")}\n${link}\n\n${en("mailBody")}\n${link}\n`,
  });
}
