// The library of saved scenarios on the home page.
import type { FeatureMessages } from '../catalogue';

const messages: FeatureMessages = {
	en: {
		heading: 'Your scenarios',
		empty: 'Nothing saved yet. Open a template below, start a blank scenario or open a file — it is saved on this device as you work.',
		listLabel: 'Saved scenarios',
		newName: 'New name',
		rename: 'Rename',
		renameOf: 'Rename {name}',
		duplicate: 'Duplicate',
		duplicateOf: 'Duplicate {name}',
		compare: 'Compare',
		compareOf: 'Compare {name} with its baseline',
		deleteOf: 'Delete {name}',
		deleted: 'Deleted “{name}”.',
		'role.baseline': 'Baseline',
		'role.redesign': 'Redesign',
		hasResults: 'Has results',
		updated: 'Changed {when}',
		unavailable: 'This browser does not let Flowbench save here ({error}). You can still open templates and files, and export your work.'
	},
	'zh-Hans': {
		heading: '我的场景',
		empty: '还没有保存的场景。打开下方的模板、新建空白场景或打开文件——编辑时会自动保存在本设备。',
		listLabel: '已保存的场景',
		newName: '新名称',
		rename: '重命名',
		renameOf: '重命名 {name}',
		duplicate: '复制',
		duplicateOf: '复制 {name}',
		compare: '对比',
		compareOf: '将 {name} 与其基准方案对比',
		deleteOf: '删除 {name}',
		deleted: '已删除“{name}”。',
		'role.baseline': '现状',
		'role.redesign': '改进',
		hasResults: '有结果',
		updated: '修改于 {when}',
		unavailable: '此浏览器不允许 Flowbench 在本地保存（{error}）。您仍可打开模板和文件，并导出您的工作。'
	},
	'zh-Hant': {
		heading: '我的情境',
		empty: '還沒有儲存的情境。開啟下方的範本、新增空白情境或開啟檔案——編輯時會自動儲存在本裝置。',
		listLabel: '已儲存的情境',
		newName: '新名稱',
		rename: '重新命名',
		renameOf: '重新命名 {name}',
		duplicate: '複製',
		duplicateOf: '複製 {name}',
		compare: '比較',
		compareOf: '將 {name} 與其基準方案比較',
		deleteOf: '刪除 {name}',
		deleted: '已刪除「{name}」。',
		'role.baseline': '現況',
		'role.redesign': '改善',
		hasResults: '有結果',
		updated: '修改於 {when}',
		unavailable: '此瀏覽器不允許 Flowbench 在本機儲存（{error}）。您仍可開啟範本與檔案，並匯出您的工作。'
	}
};

export default messages;
