// The printed report's page furniture and its drawing of each flow (report/FlowDrawing.svelte).
import type { FeatureMessages } from '../catalogue';

const messages: FeatureMessages = {
	en: {
		flows: 'The two flows',
		flowsNote:
			'Each step where the editor shows it, with its key numbers. Dashed orange links carry customers whose issue was not resolved or whose self-service failed.',
		flowOf: '{which}: {name}',
		pageNumber: 'Page {page} of {pages}',
		linkWith: '{link} ({label})'
	},
	'zh-Hans': {
		flows: '两个方案的流程',
		flowsNote: '各步骤按编辑器中的位置绘制，并标出主要数字。橙色虚线连线表示问题未解决或自助失败的顾客的去向。',
		flowOf: '{which}：{name}',
		pageNumber: '第 {page} 页，共 {pages} 页',
		linkWith: '{link}（{label}）'
	},
	'zh-Hant': {
		flows: '兩個方案的流程',
		flowsNote: '各步驟按編輯器中的位置繪製，並標出主要數字。橘色虛線連線表示問題未解決或自助失敗的顧客的去向。',
		flowOf: '{which}：{name}',
		pageNumber: '第 {page} 頁，共 {pages} 頁',
		linkWith: '{link}（{label}）'
	}
};

export default messages;
