// The app's frame: header, scenario page, saving, errors shared by pages.
import type { FeatureMessages } from '../catalogue';

const messages: FeatureMessages = {
	en: {
		homeLink: 'Flowbench home',
		problemsList: 'Problems found',
		moreProblems: '…and {count} more problems.',
		nothingSaved: 'Nothing was saved; your saved scenarios are unchanged.',
		noTemplate: 'There is no such template',
		backHome: 'Back to all scenarios',
		openingTemplate: 'Opening the template…',
		undoWhat: 'Undo: {what}',
		redoWhat: 'Redo: {what}',
		toolbar: 'Scenario actions',
		saved: 'All changes saved on this device',
		saving: 'Saving…',
		duplicateAsRedesign: 'Duplicate as redesign',
		compareWithBaseline: 'Compare with baseline',
		allScenarios: 'All scenarios',
		scenarioName: 'Scenario name',
		renameStep: 'Rename scenario',
		saveFailed: 'Could not save on this device: {error}',
		notFound: 'This scenario is not in your library',
		notFoundHelp: 'It may have been deleted, or saved in another browser. Saved scenarios stay in the browser that made them.'
	},
	'zh-Hans': {
		homeLink: 'Flowbench 首页',
		problemsList: '发现的问题',
		moreProblems: '……另有 {count} 个问题。',
		nothingSaved: '未保存任何内容；已保存的场景没有变化。',
		noTemplate: '没有这个模板',
		backHome: '返回全部场景',
		openingTemplate: '正在打开模板…',
		undoWhat: '撤销：{what}',
		redoWhat: '重做：{what}',
		toolbar: '场景操作',
		saved: '所有更改已保存在本设备',
		saving: '正在保存…',
		duplicateAsRedesign: '复制为改进方案',
		compareWithBaseline: '与现状方案比较',
		allScenarios: '全部场景',
		scenarioName: '场景名称',
		renameStep: '重命名场景',
		saveFailed: '无法保存在本设备：{error}',
		notFound: '您的场景库中没有这个场景',
		notFoundHelp: '它可能已被删除，或保存在另一个浏览器中。已保存的场景只保留在创建它的浏览器里。'
	},
	'zh-Hant': {
		homeLink: 'Flowbench 首頁',
		problemsList: '發現的問題',
		moreProblems: '……另有 {count} 個問題。',
		nothingSaved: '未儲存任何內容；已儲存的情境沒有變更。',
		noTemplate: '沒有這個範本',
		backHome: '返回全部情境',
		openingTemplate: '正在開啟範本…',
		undoWhat: '復原：{what}',
		redoWhat: '重做：{what}',
		toolbar: '情境操作',
		saved: '所有變更已儲存在本裝置',
		saving: '正在儲存…',
		duplicateAsRedesign: '複製為改善方案',
		compareWithBaseline: '與現況方案比較',
		allScenarios: '全部情境',
		scenarioName: '情境名稱',
		renameStep: '重新命名情境',
		saveFailed: '無法儲存在本裝置：{error}',
		notFound: '您的情境庫中沒有這個情境',
		notFoundHelp: '它可能已被刪除，或儲存在另一個瀏覽器中。已儲存的情境只保留在建立它的瀏覽器裡。'
	}
};

export default messages;
