// Units written beside numbers that have more than one scale: waits under a minute read in
// seconds ("42 s" rather than "0.7 min"; i18n/format.ts decides when); a value with its interval.
import type { FeatureMessages } from '../catalogue';

const messages: FeatureMessages = {
	en: {
		seconds: '{value} s',
		rangeSeconds: '{low}–{high} s',
		withInterval: '{value} ({ci})'
	},
	'zh-Hans': {
		seconds: '{value} 秒',
		rangeSeconds: '{low}–{high} 秒',
		withInterval: '{value}（{ci}）'
	},
	'zh-Hant': {
		seconds: '{value} 秒',
		rangeSeconds: '{low}–{high} 秒',
		withInterval: '{value}（{ci}）'
	}
};

export default messages;
