/** Shown when the page is opened outside Excel: how to load the add-in instead of an error. */
export function sideloadHelpHtml(pageUrl: string): string {
  const base = pageUrl.replace(/[^/]*([?#].*)?$/, '');
  const manifest = `${base}manifest.xml`;
  return `
  <h2>请在 Excel 中打开本助手</h2>
  <p>这是 Excel 加载项的任务窗格，需要在 Excel 中使用。直接用浏览器打开时无法读取工作簿。</p>
  <h3>方法一：共享文件夹目录（Windows 版 Excel，适合单位内网）</h3>
  <ol>
    <li>下载清单文件 <a href="${manifest}">manifest.xml</a>，放到一个共享文件夹中（例如 <code>\\\\服务器\\加载项</code>）。</li>
    <li>在 Excel 中依次点击“文件”→“选项”→“信任中心”→“信任中心设置”→“受信任的加载项目录”。</li>
    <li>在“目录 URL”中填写该共享文件夹的网络路径，点击“添加目录”，勾选“在菜单中显示”，确定后重启 Excel。</li>
    <li>点击“开始”（或“插入”）→“加载项”→“我的加载项”→“共享文件夹”，选择“党建台账助手”并添加。</li>
    <li>“开始”选项卡上会出现“党建台账”组：点击“打开助手”打开本窗格，点击“检查台账”直接检查。</li>
  </ol>
  <h3>方法二：Excel 网页版</h3>
  <p>点击“开始”→“加载项”→“更多加载项”→“我的加载项”→“上传我的加载项”，选择 manifest.xml。</p>
  <p class="muted">加载项文件所在的网址：<code>${base}</code>。管理员可以把加载项部署到任意内网网站，见 README 的“加载项部署”一节。</p>`;
}
