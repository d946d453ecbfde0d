/** The longest display name a learner may choose: on her profile, and in a progress file she shares. */
export const DISPLAY_NAME_MAX = 60;
