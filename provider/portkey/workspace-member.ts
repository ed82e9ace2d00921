// Quirk hooks of the workspace member (its description is spec/portkey/workspace-member.ts).
// The member's path needs the workspace; the Pulumi id is `workspaceId/userId`,
// the import id's form. The single-member GET is inconsistent (it may leave
// out the user id and the workspace, and prefix the role with `ws-`), so what it
// returns is read as what it means before anything compares it.
import { isNotFound } from "../http/errors";
import { segment } from "../http/path";
import { listAll } from "../core/list";
import { Ctx, ResourceHooks } from "../core/resource";
import { Bag } from "../core/wire";

const membersPath = (workspaceId: unknown) => `/admin/workspaces/${segment(workspaceId, "WorkspaceMember: workspaceId")}/users`;
/** The member's path; the user is the state's, or the last part of the Pulumi id (`workspaceId/userId`). */
const memberPath = (state: Bag, id?: string) => `${membersPath(state.workspaceId)}/${segment(state.userId ?? id?.split("/").pop(), "WorkspaceMember: userId")}`;

/** The member as it is: the queried user, in the state's workspace, with its bare role. */
export function normalizeMember(raw: Bag, state: Bag): Bag {
  const role = typeof raw.role === "string" ? raw.role.replace(/^ws-/, "") : raw.role;
  return { ...raw, id: state.userId, workspace_id: state.workspaceId, role };
}

async function fetchMember(ctx: Ctx, id: string, state: Bag): Promise<Bag | undefined> {
  const path = memberPath(state, id);
  try {
    const raw = await ctx.client.get<Bag>(path);
    // An answer without the role says nothing about it: the members list does.
    if (typeof raw.role === "string") return normalizeMember(raw, state);
    const listed = (await listAll(ctx.client, membersPath(state.workspaceId))).find((m) => m.id === state.userId);
    return listed && normalizeMember(listed, state);
  } catch (err) {
    // A deleted workspace answers 403 AB03: its members are gone with it.
    if (isNotFound(err, { forbiddenMeansGone: true })) return undefined;
    throw err;
  }
}

export const hooks: ResourceHooks = {
  idOf: (_obj, inputs) => `${inputs.workspaceId}/${inputs.userId}`,
  async create({ client }, _body, inputs) {
    // Adding a member again sets the role: the POST is an upsert, retried like a PUT.
    await client.post(membersPath(inputs.workspaceId), { body: { users: [{ id: inputs.userId, role: inputs.role }] }, idempotent: true });
    // As the API shows a member: its `id` is its user's (read as userId).
    return { id: inputs.userId };
  },
  get: (ctx, id, state) => fetchMember(ctx, id, state),
  async update({ client }, _id, _body, olds, news) {
    await client.put(memberPath({ ...olds, ...news }), { body: { role: news.role } });
  },
  async delete({ client }, id, state) {
    await client.delete(memberPath(state, id));
  },
};
