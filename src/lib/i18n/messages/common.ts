// Words used across the app.
import type { FeatureMessages } from '../catalogue';

const messages: FeatureMessages = {
	en: {
		appName: 'Flowbench',
		language: 'Language',
		minutesValue: '{value} min',
		close: 'Close',
		cancel: 'Cancel',
		save: 'Save',
		delete: 'Delete',
		undo: 'Undo',
		redo: 'Redo',
		loading: 'Loading…',
		error: 'Error'
	},
	'zh-Hans': {
		appName: 'Flowbench',
		language: '语言',
		minutesValue: '{value} 分钟',
		close: '关闭',
		cancel: '取消',
		save: '保存',
		delete: '删除',
		undo: '撤销',
		redo: '重做',
		loading: '加载中…',
		error: '错误'
	},
	'zh-Hant': {
		appName: 'Flowbench',
		language: '語言',
		minutesValue: '{value} 分鐘',
		close: '關閉',
		cancel: '取消',
		save: '儲存',
		delete: '刪除',
		undo: '復原',
		redo: '重做',
		loading: '載入中…',
		error: '錯誤'
	}
};

export default messages;
