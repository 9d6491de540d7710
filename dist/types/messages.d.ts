/** The values a message's `{{placeholders}}` are filled with. */
export type MessageData = Readonly<Record<string, string | number>>;
/**
 * A message with its `{{placeholders}}` filled in, in one pass (a value that holds `{{x}}` stays as it is); a
 * placeholder without data stays as written.
 */
export declare function formatMessage(template: string, data?: MessageData): string;
