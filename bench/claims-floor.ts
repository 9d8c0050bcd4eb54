/**
 * The floor of the claim + complete cycle: the statements the cycle needs, issued directly on the
 * driver (better-sqlite3 or pg) in this process with prepared statements, no GraphQL, no ORM, no
 * service layer. Every other claims figure is printed as a ratio to this one.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { selfCpuDuring } from "./proc.js";

const CLAIMABLE = `t."claimedById" IS NULL AND t."status" IN ('INBOX', 'ASSIGNED')
  AND ((t."status" = 'ASSIGNED' AND EXISTS (SELECT 1 FROM "TaskAssignment" a WHERE a."taskId" = t."id" AND a."agentId" = $1))
    OR (t."status" = 'INBOX' AND NOT EXISTS (SELECT 1 FROM "TaskAssignment" a WHERE a."taskId" = t."id")))
  AND NOT EXISTS (SELECT 1 FROM "TaskDependency" d JOIN "Task" dt ON dt."id" = d."dependsOnId"
    WHERE d."taskId" = t."id" AND dt."status" NOT IN ('DONE', 'SKIPPED'))
  AND t."requiredSpecialties" NOT LIKE '%"%'`;

const statements = (pgsql: boolean) => ({
  claim: `UPDATE "Task" SET "status" = 'IN_PROGRESS', "claimedById" = $1, "claimedAt" = $2, "leaseExpiresAt" = $3,
      "attempts" = "attempts" + 1, "startedAt" = COALESCE("startedAt", $2), "statusNote" = NULL, "updatedAt" = $2
    WHERE "id" = (SELECT t."id" FROM "Task" t ${pgsql ? "" : 'INDEXED BY "Task_claim_queue_idx"'} WHERE ${CLAIMABLE}
      ORDER BY t."claimKey" LIMIT 1 ${pgsql ? "FOR UPDATE OF t SKIP LOCKED" : ""})
      AND "status" IN ('ASSIGNED', 'INBOX') AND "claimedById" IS NULL
      AND (SELECT COUNT(*) FROM "Task" h WHERE h."claimedById" = $1 AND h."status" = 'IN_PROGRESS') < $4
    RETURNING *`,
  activity: `INSERT INTO "Activity" ("id", "type", "actorType", "actorId", "agentId", "taskId", "projectId", "summary", "before", "after", "createdAt")
    VALUES ($1, $2, 'agent', $3, $3, $4, NULL, $5, $6, $7, $8)`,
  done: `UPDATE "Task" SET "status" = 'DONE', "leaseExpiresAt" = NULL, "completedAt" = $3, "updatedAt" = $3, "statusNote" = NULL
    WHERE "id" = $1 AND "status" = 'IN_PROGRESS' AND "claimedById" = $2 RETURNING *`,
  dependents: `SELECT t.* FROM "Task" t JOIN "TaskDependency" e ON e."taskId" = t."id"
    WHERE e."dependsOnId" = $1 AND t."status" = 'BLOCKED'`,
  held: `SELECT COUNT(*) AS n FROM "Task" WHERE "claimedById" = $1 AND "status" = 'IN_PROGRESS'`,
  agent: `UPDATE "Agent" SET "status" = 'IDLE', "updatedAt" = $2 WHERE "id" = $1 AND "status" = 'ACTIVE'`,
});

const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** CPU ms per claim + complete cycle on the raw driver, over `cycles` tasks seeded here. */
export async function floorCycleMs(databaseUrl: string, cycles: number, pass: string): Promise<number> {
  return databaseUrl.startsWith("postgres")
    ? pgFloor(databaseUrl, cycles, pass)
    : sqliteFloor(databaseUrl, cycles, pass);
}

function seedRows(cycles: number, pass: string) {
  const now = Date.now();
  return Array.from({ length: cycles }, (_, i) => ({
    id: `task_floor${pass}${String(i).padStart(8, "0")}`,
    key: `2b${new Date(now + i).toISOString()}task_floor${pass}${i}`,
  }));
}

async function sqliteFloor(url: string, cycles: number, pass: string): Promise<number> {
  const db = new Database(url.replace(/^file:/, ""));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  const s = statements(false);
  // Numbered parameters (?1, ?2, a value used twice) bind from an object keyed by number.
  const prep = (text: string) => {
    const stmt = db.prepare(text.replace(/\$(\d+)/g, "?$1"));
    const args = (values: unknown[]) => Object.fromEntries(values.map((v, i) => [i + 1, v]));
    return {
      get: (...v: unknown[]) => stmt.get(args(v)),
      all: (...v: unknown[]) => stmt.all(args(v)),
      run: (...v: unknown[]) => stmt.run(args(v)),
    };
  };
  const claim = prep(s.claim);
  const activity = prep(s.activity);
  const done = prep(s.done);
  const dependents = prep(s.dependents);
  const held = prep(s.held);
  const agentUpd = prep(s.agent);
  const agentId = `agent_floor${pass}`;
  const ts = iso(new Date());
  db.prepare(`INSERT INTO "Agent" ("id", "name", "maxCapacity", "updatedAt") VALUES (?, ?, 1000, ?)`).run(
    agentId,
    `floor${pass}`,
    ts,
  );
  const insert = db.prepare(`INSERT INTO "Task" ("id", "title", "claimKey", "updatedAt") VALUES (?, 'floor', ?, ?)`);
  db.transaction(() => {
    for (const r of seedRows(cycles, pass)) insert.run(r.id, r.key, ts);
  })();
  let n = 0;
  const cpu = await selfCpuDuring(async () => {
    for (let i = 0; i < cycles; i++) {
      const now = new Date();
      const at = iso(now);
      db.exec("BEGIN IMMEDIATE");
      const task = claim.get(agentId, at, iso(new Date(now.getTime() + 60_000)), 1000) as { id: string } | undefined;
      if (!task) throw new Error("floor: no task to claim");
      activity.run(
        `act_c${pass}${i}`,
        "task.claimed",
        agentId,
        task.id,
        "claimed",
        '{"status":"INBOX"}',
        '{"status":"IN_PROGRESS"}',
        at,
      );
      db.exec("COMMIT");
      db.exec("BEGIN IMMEDIATE");
      done.get(task.id, agentId, at);
      activity.run(
        `act_d${pass}${i}`,
        "task.completed",
        agentId,
        task.id,
        "completed",
        '{"status":"IN_PROGRESS"}',
        '{"status":"DONE"}',
        at,
      );
      dependents.all(task.id);
      held.get(agentId);
      agentUpd.run(agentId, at);
      db.exec("COMMIT");
      n++;
    }
  });
  db.close();
  return cpu / n;
}

async function pgFloor(url: string, cycles: number, pass: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const s = statements(true);
  const agentId = `agent_floor${pass}`;
  const now0 = new Date();
  await client.query(`INSERT INTO "Agent" ("id", "name", "maxCapacity", "updatedAt") VALUES ($1, $2, 1000, $3)`, [
    agentId,
    `floor${pass}`,
    now0,
  ]);
  const rows = seedRows(cycles, pass);
  await client.query(
    `INSERT INTO "Task" ("id", "title", "claimKey", "updatedAt") SELECT u.id, 'floor', u.key, $3 FROM unnest($1::text[], $2::text[]) AS u(id, key)`,
    [rows.map((r) => r.id), rows.map((r) => r.key), now0],
  );
  const q = (name: string, text: string, values: unknown[]) => client.query({ name, text, values });
  let n = 0;
  const cpu = await selfCpuDuring(async () => {
    for (let i = 0; i < cycles; i++) {
      const now = new Date();
      await client.query("BEGIN");
      const r = await q("claim", s.claim, [agentId, now, new Date(now.getTime() + 60_000), 1000]);
      const task = r.rows[0] as { id: string } | undefined;
      if (!task) throw new Error("floor: no task to claim");
      await q("activity", s.activity, [
        `act_c${pass}${i}`,
        "task.claimed",
        agentId,
        task.id,
        "claimed",
        "{}",
        "{}",
        now,
      ]);
      await client.query("COMMIT");
      await client.query("BEGIN");
      await q("done", s.done, [task.id, agentId, now]);
      await q("activity", s.activity, [
        `act_d${pass}${i}`,
        "task.completed",
        agentId,
        task.id,
        "completed",
        "{}",
        "{}",
        now,
      ]);
      await q("dependents", s.dependents, [task.id]);
      await q("held", s.held, [agentId]);
      await q("agent", s.agent, [agentId, now]);
      await client.query("COMMIT");
      n++;
    }
  });
  await client.end();
  return cpu / n;
}
