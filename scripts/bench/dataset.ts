/**
 * Generates an agency of a given size inside the database with INSERT … SELECT over
 * generate_series: no rows cross the wire, so 100,000 clients and 1,000,000 negotiation entries
 * take seconds. Deterministic for a given seed (no random(): values come from hashing the row
 * number with the seed).
 */
export type DatasetSize = { clients: number; seed: number };

export const BENCH_COUNSELLOR = "bench-c001@bench.accord.test";
export const BENCH_SUPERVISOR = "bench-s01@bench.accord.test";
export const BENCH_CLIENT = "bench-client@bench.accord.test";
/** The demo agency's admin (every bench database is demo-seeded first): sees all 1,000,000 entries. */
export const BENCH_ADMIN = "admin@demo.accord.test";

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建华", "晓东", "丽华"];
const FIRST = ["James", "Emily", "Tom", "Sarah", "David", "Grace", "Leo", "Mia", "Ryan", "Chloe"];
const LAST = ["Smith", "Brown", "Wilson", "Taylor", "Lee", "Wong", "Chan", "Green", "Hall", "Young"];

const arr = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;

/** h(i, k): a deterministic pseudo-random integer in [0, m) for row i, stream k. */
const h = (i: string, k: number, m: number, seed: number) =>
  `(abs(hashint8(${i}::bigint * 7919 + ${k * 104729 + seed})) % ${m})`;

export function datasetSql({ clients: n, seed }: DatasetSize, passwordHash: string): string[] {
  const counsellors = Math.max(2, Math.round(n / 500));
  const supervisors = Math.max(1, Math.round(counsellors / 10));
  const debtsPer = 3;
  const entriesPer = 10;
  const docsPer = 3;
  return [
    // The dashboard's lists (migration 0016) are built once after the load, not row by row.
    `ALTER TABLE negotiation_entries DISABLE TRIGGER negotiation_entries_dashboard_lists`,
    `INSERT INTO users (email, name, role, locale, password_hash)
       SELECT 'bench-s' || lpad(s::text, 2, '0') || '@bench.accord.test', '主管 ' || s, 'supervisor', 'zh-CN', '${passwordHash}'
       FROM generate_series(1, ${supervisors}) s`,
    `INSERT INTO users (email, name, role, locale, password_hash, supervisor_id)
       SELECT 'bench-c' || lpad(c::text, 3, '0') || '@bench.accord.test', '咨询师 ' || c, 'counsellor', 'zh-CN', '${passwordHash}',
              (SELECT id FROM users WHERE email = 'bench-s' || lpad((1 + (c - 1) % ${supervisors})::text, 2, '0') || '@bench.accord.test')
       FROM generate_series(1, ${counsellors}) c`,
    `CREATE TEMP TABLE bench_counsellors AS
       SELECT row_number() OVER (ORDER BY email) AS k, id FROM users WHERE email LIKE 'bench-c%@bench.accord.test'`,
    // Counsellor k carries a weight between 300 and 700; a client's slot in [0, total) picks one.
    `CREATE TEMP TABLE bench_weights AS
       SELECT k, id, sum(300 + (k * 37) % 401) OVER (ORDER BY k) - (300 + (k * 37) % 401) AS lo,
              sum(300 + (k * 37) % 401) OVER (ORDER BY k) AS hi FROM bench_counsellors`,
    `CREATE UNIQUE INDEX ON bench_weights (lo)`,
    `INSERT INTO clients (full_name, phone, preferred_language, status, counsellor_id, created_at, updated_at)
       SELECT CASE WHEN ${h("i", 1, 10, seed)} < 8
                THEN substr('${SURNAMES}', 1 + ${h("i", 2, SURNAMES.length, seed)}, 1) || (${arr(GIVEN)})[1 + ${h("i", 3, GIVEN.length, seed)}]
                ELSE (${arr(FIRST)})[1 + ${h("i", 4, FIRST.length, seed)}] || ' ' || (${arr(LAST)})[1 + ${h("i", 5, LAST.length, seed)}] END,
              '+86 13' || lpad(${h("i", 6, 1_000_000_000, seed)}::text, 9, '0'),
              CASE WHEN ${h("i", 1, 10, seed)} < 8 THEN 'zh-CN'::locale ELSE 'en'::locale END,
              (ARRAY['intake','active','negotiating','plan_agreed','monitoring','closed'])[1 + ${h("i", 7, 6, seed)}]::client_status,
              w.id,
              now() - (${h("i", 8, 730, seed)} || ' days')::interval,
              now() - (${h("i", 9, 90, seed)} || ' days')::interval
       FROM (SELECT i, ${h("i", 10, 1_000_000, seed)} * (SELECT max(hi) FROM bench_weights) / 1000000 AS slot
             FROM generate_series(1, ${n}) i) g
       -- the one counsellor whose [lo, hi) holds the slot, found through the index rather than tried against all
       CROSS JOIN LATERAL (SELECT id FROM bench_weights WHERE lo <= g.slot ORDER BY lo DESC LIMIT 1) w`,
    `CREATE TEMP TABLE bench_clients AS SELECT row_number() OVER (ORDER BY created_at, id) AS n, id, counsellor_id FROM clients`,
    `CREATE UNIQUE INDEX ON bench_clients (n)`,
    `CREATE TEMP TABLE bench_creditors AS SELECT row_number() OVER (ORDER BY name_en) AS k, id FROM creditors`,
    `INSERT INTO debts (client_id, creditor_id, product, currency, original_principal, current_balance, rate_kind, rate_ppb, instalment, due_day, status)
       SELECT c.id, cr.id, '消费贷', 'CNY', 100000 + ${h("j", 11, 20_000_000, seed)}, 50000 + ${h("j", 12, 15_000_000, seed)},
              'daily', 100000 + ${h("j", 13, 600_000, seed)}, 10000 + ${h("j", 14, 500_000, seed)}, 1 + ${h("j", 15, 28, seed)},
              (ARRAY['current','overdue','in_collection','paused','plan_agreed','settled'])[1 + ${h("j", 16, 6, seed)}]::debt_status
       FROM generate_series(1, ${n * debtsPer}) j
       JOIN bench_clients c ON c.n = 1 + (j - 1) / ${debtsPer}
       JOIN bench_creditors cr ON cr.k = 1 + ${h("j", 17, 1000, seed)} % (SELECT count(*) FROM bench_creditors)`,
    `CREATE TEMP TABLE bench_debts AS
       SELECT row_number() OVER (ORDER BY d.id) AS n, d.id, d.client_id, d.creditor_id, c.counsellor_id
       FROM debts d JOIN clients c ON c.id = d.client_id`,
    `CREATE UNIQUE INDEX ON bench_debts (n)`,
    `INSERT INTO negotiation_entries (client_id, debt_id, creditor_id, counsellor_id, recorded_by_id, contacted_at, channel,
                                      counterpart_name, request_type, currency, requested_months, outcome, granted_months,
                                      waived_interest, waived_penalty, next_action_date)
       SELECT d.client_id, d.id, d.creditor_id, d.counsellor_id, d.counsellor_id,
              now() - (${h("e", 18, 500 * 24, seed)} || ' hours')::interval,
              (ARRAY['in_app','phone','branch','letter','email','other'])[1 + ${h("e", 19, 6, seed)}]::negotiation_channel,
              '客服 ' || ${h("e", 20, 900, seed)},
              (ARRAY['collection_pause','payment_extension','instalment_plan','interest_waiver','penalty_waiver','settlement'])[1 + ${h("e", 21, 6, seed)}]::negotiation_request_type,
              'CNY', 1 + ${h("e", 22, 12, seed)},
              (ARRAY['agreed','partially_agreed','rejected','pending','no_response','escalated'])[1 + ${h("e", 23, 6, seed)}]::negotiation_outcome,
              CASE WHEN ${h("e", 23, 6, seed)} < 2 THEN 1 + ${h("e", 24, 6, seed)} END,
              CASE WHEN ${h("e", 23, 6, seed)} < 2 THEN ${h("e", 25, 200_000, seed)} END,
              CASE WHEN ${h("e", 23, 6, seed)} < 2 THEN ${h("e", 26, 100_000, seed)} END,
              CASE WHEN ${h("e", 27, 4, seed)} = 0 THEN current_date + ${h("e", 28, 30, seed)}::int - 10 END
       FROM generate_series(1, ${n * entriesPer}) e
       JOIN bench_debts d ON d.n = 1 + ((e - 1) * ${debtsPer}) / ${entriesPer}`,
    `INSERT INTO documents (client_id, kind, storage_key, original_name, mime_type, size_bytes, sha256, idempotency_key,
                            uploaded_by_id, uploaded_at, review_status, rejection_reason)
       SELECT c.id,
              (ARRAY['income_proof','bank_statement','expense_record','id_document','creditor_letter','other'])[1 + ${h("m", 29, 6, seed)}]::document_kind,
              'bench/' || m, '工资条-' || m || '.pdf', 'application/pdf', 20000 + ${h("m", 30, 2_000_000, seed)},
              md5(m::text) || md5((m + 1)::text), 'bench-' || m, c.counsellor_id,
              now() - (${h("m", 31, 365, seed)} || ' days')::interval,
              (ARRAY['pending','accepted','rejected'])[1 + ${h("m", 32, 3, seed)}]::document_review_status,
              CASE WHEN ${h("m", 32, 3, seed)} = 2 THEN '照片不清晰，请重新拍摄上传' END
       FROM generate_series(1, ${n * docsPer}) m
       JOIN bench_clients c ON c.n = 1 + (m - 1) / ${docsPer}`,
    // Two reviews per client: one completed in the past and the one scheduled next (-30 to +90 days).
    `INSERT INTO reviews (client_id, due_on, status, source, completed_at, completed_by_id, outcome, instalments_paid,
                          instalments_partly_paid, instalments_missed, arrears_amount, created_at)
       SELECT c.id, current_date - (30 + ${h("c.n", 33, 300, seed)})::int, 'completed', 'after_review',
              now() - ((30 + ${h("c.n", 33, 300, seed)}) || ' days')::interval, c.counsellor_id,
              (ARRAY['on_track','on_track','on_track','needs_adjustment','escalate'])[1 + ${h("c.n", 34, 5, seed)}]::review_outcome,
              ${h("c.n", 35, 6, seed)}, ${h("c.n", 36, 2, seed)}, ${h("c.n", 37, 3, seed)}, ${h("c.n", 38, 300_000, seed)},
              now() - ((120 + ${h("c.n", 33, 300, seed)}) || ' days')::interval
       FROM bench_clients c`,
    `INSERT INTO reviews (client_id, due_on, status, source, created_at)
       SELECT c.id, current_date + (${h("c.n", 39, 120, seed)} - 30)::int, 'scheduled', 'after_review', now() - '30 days'::interval
       FROM bench_clients c
       -- at most one scheduled review per client: the demo clients already have theirs; a closed case has none
       WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.client_id = c.id AND r.status = 'scheduled')
         AND NOT EXISTS (SELECT 1 FROM clients closed_case WHERE closed_case.id = c.id AND closed_case.status = 'closed')`,
    // A repayment plan of twelve monthly instalments on every bench debt agreed as a plan (a sixth of
    // them), started up to eleven months ago: of the instalments past their date most are paid, one
    // in ten missed and one in twenty partly paid; the rest are still due. Two missed break a plan.
    `INSERT INTO repayment_plans (client_id, debt_id, kind, currency, start_date, months, instalment_amount, total_amount, created_by_id, created_at)
       SELECT d.client_id, d.id, 'instalments', 'CNY',
              (date_trunc('month', current_date) - (${h("d.n", 41, 12, seed)} || ' months')::interval)::date, 12,
              20000 + ${h("d.n", 42, 200_000, seed)}, 12 * (20000 + ${h("d.n", 42, 200_000, seed)}), d.counsellor_id,
              date_trunc('month', current_date) - ((${h("d.n", 41, 12, seed)} + 1) || ' months')::interval
       FROM bench_debts d JOIN debts x ON x.id = d.id
       WHERE x.status = 'plan_agreed' AND d.counsellor_id IN (SELECT id FROM bench_counsellors)`,
    `INSERT INTO instalments (plan_id, number, due_date, amount_due, amount_paid, status)
       SELECT p.id, k, due, p.instalment_amount,
              CASE WHEN due >= current_date OR roll < 2 THEN 0 WHEN roll = 2 THEN p.instalment_amount / 2 ELSE p.instalment_amount END,
              (CASE WHEN due >= current_date THEN 'due' WHEN roll < 2 THEN 'missed' WHEN roll = 2 THEN 'partly_paid' ELSE 'paid' END)::instalment_status
       FROM repayment_plans p JOIN bench_debts d ON d.id = p.debt_id
       CROSS JOIN LATERAL generate_series(1, 12) k
       CROSS JOIN LATERAL (SELECT (p.start_date + ((k - 1) || ' months')::interval)::date AS due, ${h("(d.n * 12 + k)", 43, 20, seed)} AS roll) r
       WHERE d.counsellor_id IN (SELECT id FROM bench_counsellors)`,
    `UPDATE repayment_plans p SET status = 'broken'
       FROM (SELECT plan_id FROM instalments WHERE status = 'missed' GROUP BY plan_id HAVING count(*) >= 2) m
       WHERE m.plan_id = p.id AND p.created_by_id IN (SELECT id FROM bench_counsellors)`,
    // A collection pause on every bench debt standing paused (another sixth): from one or two months
    // ago until up to two months ahead, so some end in any given week.
    `INSERT INTO collection_pauses (client_id, debt_id, start_date, end_date, granted_by, created_by_id, created_at)
       SELECT d.client_id, d.id, current_date - (30 + ${h("d.n", 44, 30, seed)})::int, current_date + (${h("d.n", 45, 90, seed)} - 30)::int,
              '客服 ' || ${h("d.n", 46, 900, seed)}, d.counsellor_id, now() - ((30 + ${h("d.n", 44, 30, seed)}) || ' days')::interval
       FROM bench_debts d JOIN debts x ON x.id = d.id
       WHERE x.status = 'paused' AND d.counsellor_id IN (SELECT id FROM bench_counsellors)`,
    // A portal account for one of the bench counsellor's clients.
    `INSERT INTO users (email, name, role, locale, password_hash) VALUES ('${BENCH_CLIENT}', '客户', 'client', 'zh-CN', '${passwordHash}')`,
    `UPDATE clients SET portal_user_id = (SELECT id FROM users WHERE email = '${BENCH_CLIENT}')
       WHERE id = (SELECT id FROM clients WHERE counsellor_id = (SELECT id FROM users WHERE email = '${BENCH_COUNSELLOR}') ORDER BY id LIMIT 1)`,
    `ALTER TABLE negotiation_entries ENABLE TRIGGER negotiation_entries_dashboard_lists`,
    `SELECT accord_rebuild_dashboard_lists()`,
    // What autovacuum has done long before an agency's data is this old: statistics for the planner,
    // and a visibility map that lets index-only scans skip the table.
    `VACUUM ANALYZE`,
  ];
}
