// text-too-long: a project name over 500 characters (code points) will not fit eMENSCR or the memos.
import { defineRule } from "./define";

export const MAX_PROJECT_NAME_LENGTH = 500;

/**
 * Code points in the text, as `[...text].length` counts them (a surrogate pair is one, a lone
 * surrogate is one too), without making an array of them.
 */
export function codePointCount(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdbff) continue;
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      pairs++;
      i++;
    }
  }
  return text.length - pairs;
}

export const textTooLong = defineRule({
  id: "text-too-long",
  meta: {
    severity: "warning",
    description: {
      th: "ชื่อโครงการยาวเกิน 500 ตัวอักษร",
      en: "The project name is over 500 characters",
    },
  },
  messages: {
    tooLong: {
      th: "ชื่อโครงการยาว {length} ตัวอักษร เกิน {max} ตัวอักษร",
      en: "The project name is {length} characters long, over {max}",
    },
  },
  check({ table }, report) {
    const names = table.resolved.projectName;
    for (let at = 0; at < table.length; at++) {
      const name = names[at];
      // UTF-16 length is never below the code point count: most names are settled without counting.
      if (name === undefined || name.length <= MAX_PROJECT_NAME_LENGTH) continue;
      // Code points, not UTF-16 units: Thai is in the BMP but emoji and rare CJK are not.
      const length = codePointCount(name);
      if (length <= MAX_PROJECT_NAME_LENGTH) continue;
      report({
        at,
        column: "project_name",
        messageId: "tooLong",
        data: { length, max: MAX_PROJECT_NAME_LENGTH },
      });
    }
  },
});
