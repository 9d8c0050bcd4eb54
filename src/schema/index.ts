/** Assembles the schema: one import per type file, each registering its own operations. */
import { builder } from "./builder.js";
import "./scalars.js";
import "./enums.js";
import "./project.js";
import "./agent.js";
import "./fleet.js";
import "./task.js";
import "./graph.js";
import "./activity.js";
import "./document.js";
import "./protocol.js";
import "./events.js";
import "./api-key.js";
import "./review.js";
import "./message.js";
import "./notification.js";
import "./question.js";
import "./usage.js";
import "./stats.js";
import "./cron.js";
import "./webhook.js";
import "./execution.js";
import "./approval.js";
import "./plan.js";

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

export const schema = builder.toSchema({ sortSchema: true });
