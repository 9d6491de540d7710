import type { MessageData } from '../messages.js';
import type { Policy } from '../policy/pack.js';
import { type Transition } from '../policy/transition/index.js';
/**
 * `order/transition`: the rollout of a change passes through states that neither base nor head shows (one component,
 * one member at a time), and some change has no order of its moves in which every such state keeps the pack's skew,
 * `requires` and strict order. The planner orders by the same module, so what this rule passes, `rollgate plan` orders.
 */
export declare const orderTransition: import("./types.js").Rule<"order/transition", "noOrder" | "noOrderSplit" | "strictOrderBroken">;
/** What order/transition says of a change with no order, as a message id and its data; `rollgate plan` notes the same. */
export declare function transitionMessage(policy: Policy, cluster: string, transition: Extract<Transition, {
    ok: false;
}>): {
    messageId: keyof typeof orderTransition.messages;
    data: MessageData;
};
