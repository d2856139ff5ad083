// Export, import and share links.
import type { FeatureMessages } from '../catalogue';

const messages: FeatureMessages = {
	en: {
		exportJson: 'Export JSON',
		shareLink: 'Share link',
		title: 'Share this scenario',
		explain:
			'The whole scenario is packed into this link. Nothing is uploaded: whoever opens it gets their own copy, saved in their browser.',
		linkLabel: 'Share link',
		copy: 'Copy link',
		copied: 'Copied to the clipboard.',
		length: 'The link is {count} characters long.',
		long: 'This link is long; some chat and e-mail programs may cut it. Export the JSON file instead if it does not open.',
		openTitle: 'Open a shared scenario',
		opening: 'Opening the shared scenario…',
		badLinkHeading: 'This link could not be opened',
		badLink: 'What is wrong with the shared scenario:'
	},
	'zh-Hans': {
		exportJson: '导出 JSON',
		shareLink: '分享链接',
		title: '分享此场景',
		explain: '整个场景都打包在这个链接里。不会上传任何内容：打开链接的人会得到自己的副本，保存在他们的浏览器中。',
		linkLabel: '分享链接',
		copy: '复制链接',
		copied: '已复制到剪贴板。',
		length: '链接长度为 {count} 个字符。',
		long: '这个链接较长，某些聊天和邮件程序可能会截断它。如果打不开，请改为导出 JSON 文件。',
		openTitle: '打开分享的场景',
		opening: '正在打开分享的场景…',
		badLinkHeading: '无法打开这个链接',
		badLink: '分享的场景有以下问题：'
	},
	'zh-Hant': {
		exportJson: '匯出 JSON',
		shareLink: '分享連結',
		title: '分享此情境',
		explain: '整個情境都打包在這個連結裡。不會上傳任何內容：開啟連結的人會得到自己的副本，儲存在他們的瀏覽器中。',
		linkLabel: '分享連結',
		copy: '複製連結',
		copied: '已複製到剪貼簿。',
		length: '連結長度為 {count} 個字元。',
		long: '這個連結較長，某些聊天與郵件程式可能會截斷它。如果無法開啟，請改為匯出 JSON 檔案。',
		openTitle: '開啟分享的情境',
		opening: '正在開啟分享的情境…',
		badLinkHeading: '無法開啟這個連結',
		badLink: '分享的情境有以下問題：'
	}
};

export default messages;
