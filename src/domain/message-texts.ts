/**
 * The bodies of the built-in message drafts, in the order of the method. Each is
 * filled from the values of src/domain/message-context.ts; a user overrides one
 * with a file in their templates folder (see README.md).
 */

export const OUTREACH = `Dear {{contact.first-name}},

{{introduction}}

A little about me: {{me.pitch}}

{{request}} I am not asking about job openings; I am hoping to learn from your experience.

Could you spare {{call-length}} in the coming weeks? I am happy to meet for coffee, talk on the phone, or join a video call, at whatever time suits you best.

Thank you for considering it. I know how valuable your time is.

Best regards,
{{me.name}}`;

export const NUDGE = `Dear {{contact.first-name}},

I wrote on {{interview.requested}} to ask whether you might have {{call-length}} to tell me about your work. I know how quickly messages pile up, so I am sending a gentle reminder. If now is not a good moment, I completely understand.

With thanks,
{{me.name}}`;

export const CONFIRM = `Dear {{contact.first-name}},

I am writing to confirm our upcoming conversation:
{{interview.details.list}}

I am looking forward to learning about your path and your work, and I will keep to the time we agreed. If anything has changed, just let me know and we can find another moment.

Best regards,
{{me.name}}`;

export const THANK_YOU = `Dear {{contact.first-name}},

Thank you for taking the time to talk with me on {{interview.date}}. I especially valued what you shared about {{topics}}.

Since we spoke, {{insight}}

{{next-step}} I will let you know how it goes.

With gratitude,
{{me.name}}`;

export const THANK_REFERRER = `Dear {{referrer.first-name}},

Thank you for introducing me to {{contact.name}}. {{contact.first-name}} and I have spoken since, and I learned a great deal from {{conversation}}.

I am grateful you made the connection, and I will keep you posted on where it leads.

Warm regards,
{{me.name}}`;

export const KEEP_IN_TOUCH = `Dear {{contact.first-name}},

I hope all is well at {{contact.organization}}. Your advice has stayed with me, so I wanted to send a brief update: {{update}}

If there is ever anything I can do for you in return, I would be glad to help.

All the best,
{{me.name}}`;

export const LANDED = `Dear {{contact.first-name}},

I have some good news to share: I have accepted a position as {{new-role}}. Looking back, {{conversation}} helped me find my way here, and I wanted you to know how much it meant to me.

Thank you for your time and your generosity. I would love to stay in touch, and if I can ever return the favor, please let me know.

With thanks,
{{me.name}}`;
