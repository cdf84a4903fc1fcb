"use strict";

// The page plays several users against one sandbox bot through /sandbox/api.
(() => {
  const bot = new URLSearchParams(location.search).get("bot");
  const botQuery = bot ? "bot=" + encodeURIComponent(bot) : "";
  const el = (id) => document.getElementById(id);
  const chat = el("chat");
  const replyKeyboard = el("reply-keyboard");
  const status = el("status");
  const text = el("text");

  let users = [];
  let current = null;
  let version = -1;
  let payments = [];
  let poller = null;

  const withBot = (path) => path + (botQuery ? (path.includes("?") ? "&" : "?") + botQuery : "");

  async function api(path, body) {
    const response = await fetch(withBot("/sandbox/api" + path), body === undefined
      ? {}
      : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(response.status + "");
    return response.status === 204 ? null : response.json();
  }

  function showError(message) {
    status.textContent = message;
  }

  // One person, several messengers: the same users talk to each bot the sandbox serves; the switch reopens the page on another.
  const platformNames = { Telegram: "تلگرام", Bale: "بله" };

  function renderBots(state) {
    const select = el("bot");
    const chosen = bot ?? state.defaultBot;
    select.replaceChildren(...state.bots.map((b) => {
      const option = document.createElement("option");
      option.value = b.token;
      option.textContent = (platformNames[b.platform] ?? b.platform) + " · @" + b.username;
      option.selected = b.token === chosen;
      return option;
    }));
    select.parentElement.hidden = state.bots.length < 2;
    select.onchange = () => { location.search = "?bot=" + encodeURIComponent(select.value); };
  }

  async function loadUsers() {
    const state = await api("/state");
    renderBots(state);
    users = state.users;
    if (users.length === 0) users = [await api("/users", {})];
    renderUsers();
    if (current === null) selectUser(users[0].id);
  }

  function renderUsers() {
    const nav = el("users");
    nav.replaceChildren(...users.map((user) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = user.firstName;
      button.title = user.phoneNumber;
      button.setAttribute("aria-pressed", String(user.id === current));
      button.onclick = () => selectUser(user.id);
      return button;
    }));
  }

  function selectUser(id) {
    current = id;
    version = -1;
    renderUsers();
    if (poller) poller.abort();
    poll();
  }

  // Long poll: the server answers as soon as this chat changes, or after the wait with no change.
  async function poll() {
    const controller = new AbortController();
    poller = controller;
    const id = current;
    while (!controller.signal.aborted) {
      try {
        const wait = version < 0 ? 0 : 25;
        const url = withBot(`/sandbox/api/chats/${id}/messages?version=${version}&wait=${wait}`);
        const response = await fetch(url, { signal: controller.signal });
        if (!response.ok) throw new Error(response.status + "");
        const data = await response.json();
        if (controller.signal.aborted) return;
        showError("");
        if (data.version !== version) {
          version = data.version;
          payments = data.payments;
          render(data.messages);
        }
      } catch (error) {
        if (controller.signal.aborted) return;
        showError("ارتباط با سرور برقرار نیست؛ دوباره تلاش می‌کنیم…");
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
  }

  // The clinic runs on Tehran time, whatever the trainer's computer is set to.
  const time = (date) => new Date(date).toLocaleTimeString("fa-IR", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Tehran" });

  const fileUrl = (file) => withBot("/sandbox/api/files/" + encodeURIComponent(file.fileId));

  function fileSize(bytes) {
    const number = (value) => value.toLocaleString("fa-IR", { maximumFractionDigits: 1 });
    if (bytes < 1024) return number(bytes) + " بایت";
    if (bytes < 1024 * 1024) return number(bytes / 1024) + " کیلوبایت";
    return number(bytes / (1024 * 1024)) + " مگابایت";
  }

  // What the user sent from this page: the photo itself, or the document's name and size as a link that saves it.
  function userFile(message) {
    const part = document.createElement("div");
    part.className = "attachment";
    if (message.kind === "Photo") {
      const image = document.createElement("img");
      image.src = fileUrl(message.file);
      image.alt = "عکس فرستاده‌شده";
      part.append(image);
    } else {
      const link = document.createElement("a");
      link.href = fileUrl(message.file);
      link.download = message.file.fileName;
      link.textContent = `📄 ${message.file.fileName} (${fileSize(message.file.size)})`;
      part.append(link);
    }
    if (message.text) {
      const caption = document.createElement("span");
      caption.textContent = message.text;
      part.append(caption);
    }
    return part;
  }

  function bubbleText(message) {
    switch (message.kind) {
      case "Photo": return "🖼️ عکس" + (message.text ? "\n" + message.text : "");
      case "Sticker": return message.text || "🙂";
      case "Voice": return "🎤 پیام صوتی";
      case "Contact": return "📞 شماره تماس: " + (message.phoneNumber || message.text);
      case "Document": return "📄 فایل" + (message.text ? "\n" + message.text : "");
      case "Payment": return "💳 پرداخت موفق: " + message.payment.amountText;
      default: return message.text || "";
    }
  }

  function render(messages) {
    if (messages.length === 0) {
      // Built as nodes, not markup: the command keeps its marks (U+200E) on both sides and reads «/start» in the RTL line.
      const command = document.createElement("b");
      command.textContent = "‎/start‎";
      const empty = document.createElement("p");
      empty.className = "empty";
      empty.append("برای شروع، ", command, " را بفرستید.");
      chat.replaceChildren(empty);
    } else {
      chat.replaceChildren(...messages.map(renderMessage));
    }
    renderReplyKeyboard(messages);
    chat.scrollTop = chat.scrollHeight;
  }

  function renderMessage(message) {
    const wrapper = document.createElement("div");
    wrapper.className = "message " + (message.fromBot ? "bot" : "user");
    const bubble = document.createElement("div");
    bubble.className = "bubble" + (message.kind === "Sticker" ? " sticker" : "") + (message.deleted ? " deleted" : "");
    if (message.deleted) bubble.textContent = "این پیام حذف شد.";
    else if (message.invoice) bubble.append(invoiceCard(message));
    else if (message.file) bubble.append(userFile(message));
    else bubble.textContent = bubbleText(message);
    const meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = (message.edited ? "ویرایش‌شده · " : "") + time(message.date);
    bubble.append(meta);
    wrapper.append(bubble);
    if (!message.deleted && message.inlineKeyboard.length > 0) wrapper.append(inlineKeyboard(message));
    else if (!message.deleted && message.invoice) wrapper.append(inlineKeyboard({ ...message, inlineKeyboard: [[{ text: "پرداخت", pay: true }]] }));
    return wrapper;
  }

  // An invoice: what it is for, the amount in Toman, and how the latest attempt to pay it ended.
  function invoiceCard(message) {
    const card = document.createElement("div");
    card.className = "invoice";
    const title = document.createElement("strong");
    title.textContent = "🧾 " + message.invoice.title;
    const description = document.createElement("span");
    description.textContent = message.invoice.description;
    const amount = document.createElement("span");
    amount.className = "amount";
    amount.textContent = "مبلغ: " + message.invoice.amountText;
    card.append(title, description, amount);
    const attempt = latestPayment(message.messageId);
    if (attempt) {
      const state = document.createElement("span");
      state.className = "payment-state " + attempt.status.toLowerCase();
      state.textContent = paymentState(attempt);
      card.append(state);
    }
    return card;
  }

  const latestPayment = (messageId) => [...payments].reverse().find((p) => p.invoiceMessageId === messageId);

  function paymentState(attempt) {
    switch (attempt.status) {
      case "Pending": return "در انتظار تأیید ربات…";
      case "Paid": return "✅ پرداخت شد.";
      case "Rejected": return `پرداخت انجام نشد. پاسخ ربات: «${attempt.errorMessage}»`;
      default: return "پرداخت انجام نشد: ربات به‌موقع پاسخ نداد.";
    }
  }

  function inlineKeyboard(message) {
    const keyboard = document.createElement("div");
    keyboard.className = "inline-keyboard";
    for (const row of message.inlineKeyboard) {
      const line = document.createElement("div");
      line.className = "row";
      for (const button of row) {
        if (button.url) {
          const link = document.createElement("a");
          link.href = button.url;
          link.target = "_blank";
          link.rel = "noopener";
          link.textContent = button.text + " ↗";
          line.append(link);
          continue;
        }
        const tap = document.createElement("button");
        tap.type = "button";
        tap.textContent = button.text;
        if (button.pay) {
          tap.className = "pay";
          tap.disabled = latestPayment(message.messageId)?.status === "Pending";
          tap.onclick = () => send(`/chats/${current}/pay`, { messageId: message.messageId });
        } else {
          tap.onclick = () => send(`/chats/${current}/button`, { messageId: message.messageId, data: button.callbackData });
        }
        line.append(tap);
      }
      keyboard.append(line);
    }
    return keyboard;
  }

  // The reply keyboard is whatever the bot's latest keyboard-bearing message set, until it is removed.
  function renderReplyKeyboard(messages) {
    const latest = [...messages].reverse().find((m) => m.fromBot && !m.deleted && (m.replyKeyboard.length > 0 || m.removesKeyboard));
    if (!latest || latest.removesKeyboard) {
      replyKeyboard.hidden = true;
      replyKeyboard.replaceChildren();
      return;
    }
    replyKeyboard.replaceChildren(...latest.replyKeyboard.map((row) => {
      const line = document.createElement("div");
      line.className = "row";
      line.append(...row.map((button) => {
        const tap = document.createElement("button");
        tap.type = "button";
        tap.textContent = (button.requestContact ? "📞 " : "") + button.text;
        if (button.requestContact) tap.className = "contact";
        tap.onclick = () => button.requestContact
          ? send(`/chats/${current}/contact`, {})
          : send(`/chats/${current}/text`, { text: button.text });
        return tap;
      }));
      return line;
    }));
    replyKeyboard.hidden = false;
  }

  async function send(path, body) {
    try {
      await api(path, body);
      showError("");
    } catch {
      showError("فرستادن پیام ناموفق بود.");
    }
  }

  el("composer").onsubmit = (event) => {
    event.preventDefault();
    const value = text.value.trim();
    if (!value || current === null) return;
    text.value = "";
    send(`/chats/${current}/text`, { text: value });
  };
  el("contact").onclick = () => send(`/chats/${current}/contact`, {});
  el("sticker").onclick = () => send(`/chats/${current}/sticker`, {});
  // A picked file goes up as a form; what is typed in the box goes with it as the caption.
  async function upload(kind, input) {
    const file = input.files[0];
    input.value = "";
    if (!file || current === null) return;
    const form = new FormData();
    form.append("file", file, file.name);
    const caption = text.value.trim();
    if (caption) form.append("caption", caption);
    const failed = kind === "photo" ? "فرستادن عکس ناموفق بود." : "فرستادن فایل ناموفق بود.";
    try {
      const response = await fetch(withBot(`/sandbox/api/chats/${current}/${kind}`), { method: "POST", body: form });
      if (response.ok) {
        if (caption) text.value = "";
        showError("");
      } else {
        showError(response.status === 400 && kind === "photo" ? "این فایل عکس نیست؛ آن را با 📎 به‌صورت فایل بفرستید." : failed);
      }
    } catch {
      showError(failed);
    }
  }

  el("photo").onclick = () => el("photo-file").click();
  el("document").onclick = () => el("document-file").click();
  el("photo-file").onchange = () => upload("photo", el("photo-file"));
  el("document-file").onchange = () => upload("document", el("document-file"));
  el("add-user").onclick = async () => {
    const name = prompt("نام کاربر تازه (خالی بگذارید تا خودکار انتخاب شود):");
    if (name === null) return;
    try {
      const user = await api("/users", { firstName: name });
      users.push(user);
      selectUser(user.id);
    } catch {
      showError("افزودن کاربر ناموفق بود.");
    }
  };

  loadUsers().catch(() => showError("ارتباط با سرور برقرار نیست."));
})();
